import type { IndicatorDefinitionResponse, RefreshRunResponse } from '@opencpi/contracts';
import type { IndicatorDefinitionEntity } from './entities/indicator-definition.entity';
import type { RefreshRunEntity } from './entities/refresh-run.entity';

export const toDefinition = (d: IndicatorDefinitionEntity): IndicatorDefinitionResponse => ({
  code: d.code,
  unit: d.unit,
  ...(d.higherIsBetter === null ? {} : { higherIsBetter: d.higherIsBetter }),
  title: { it: d.titleIt, en: d.titleEn },
  definition: { it: d.definitionIt, en: d.definitionEn },
  sourceTables: d.sourceTables,
  available: true,
});

export const toRefreshRun = (r: RefreshRunEntity): RefreshRunResponse => ({
  id: r.id,
  state: r.state,
  trigger: r.trigger,
  startedAt: r.startedAt.toISOString(),
  ...(r.finishedAt ? { finishedAt: r.finishedAt.toISOString(), durationMs: r.finishedAt.getTime() - r.startedAt.getTime() } : {}),
  steps: r.steps,
});

/** The same object without its null properties, at any depth (the API leaves a value out rather than send null). */
export function dropNulls<T>(o: unknown): T {
  if (Array.isArray(o)) return o.map((x) => dropNulls<unknown>(x)) as T;
  if (o === null || typeof o !== 'object' || o instanceof Date) return o as T;
  return Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, dropNulls<unknown>(v)]),
  ) as T;
}
