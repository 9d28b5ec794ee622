import type { IndicatorResult } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useIndicatorFormat } from '../hooks/use-indicator-format';
import { useBreakdownLabel } from '../hooks/use-breakdown-label';
import { IndicatorCard } from './indicator-card';
import { IndicatorChart } from './indicator-chart';
import { IndicatorTable, type IndicatorTableRow } from './indicator-table';

/**
 * One indicator of the dashboard as the API computed it: the monthly series as a chart (bars for counts, a line for
 * shares, medians and ratings), and as a table with the period's months, the cases behind each share or median, and
 * the breakdown (GOL pathway, channel...) month by month.
 */
export function IndicatorResultCard({ indicator, scopeName }: { indicator: IndicatorResult; scopeName: string }) {
  const { t } = useTranslation('operator');
  const f = useIndicatorFormat();
  const breakdownLabel = useBreakdownLabel();
  const { definition, unit } = { definition: indicator.definition, unit: indicator.definition.unit };
  const title = definition.title[f.language];
  const withCases = unit !== 'count';
  const breakdown = indicator.breakdowns[0];
  const columns = [
    t('monitoring.table.month'),
    t('monitoring.table.value'),
    ...(withCases ? [t('monitoring.table.cases')] : []),
    ...(breakdown?.rows.map((r) => breakdownLabel(breakdown.dimension, r.key)) ?? []),
  ];
  const rows: IndicatorTableRow[] = indicator.series.map((p) => ({
    key: p.month,
    header: f.month(p.month),
    cells: [
      f.value(unit, p.value),
      ...(withCases ? [f.count(p.denominator)] : []),
      ...(breakdown?.rows.map((r) => f.value(unit, r.series.find((s) => s.month === p.month)?.value)) ?? []),
    ],
  }));
  const total: IndicatorTableRow = {
    key: 'total',
    header: t('monitoring.table.period'),
    cells: [f.value(unit, indicator.value), ...(withCases ? [f.count(indicator.denominator)] : []), ...(breakdown?.rows.map((r) => f.value(unit, r.value)) ?? [])],
  };
  const headline =
    unit === 'share' && indicator.denominator !== undefined
      ? t('monitoring.card.headlineShare', { value: f.value(unit, indicator.value), numerator: f.count(indicator.numerator), denominator: f.count(indicator.denominator) })
      : f.value(unit, indicator.value);
  const summary = t('monitoring.card.summary', {
    title,
    scope: scopeName,
    value: headline,
    from: f.month(indicator.series[0]?.month ?? ''),
    to: f.month(indicator.series.at(-1)?.month ?? ''),
  });
  return (
    <IndicatorCard
      code={indicator.code}
      title={title}
      headline={headline}
      empty={definition.available ? undefined : t('monitoring.card.unavailable')}
      chart={
        <IndicatorChart
          kind={unit === 'count' ? 'bar' : 'line'}
          points={indicator.series.map((p) => ({ key: p.month, label: f.month(p.month), value: p.value }))}
          summary={summary}
          format={(v) => f.axis(unit, v)}
          max={f.max(unit)}
        />
      }
      table={<IndicatorTable caption={t('monitoring.table.caption', { title, scope: scopeName })} columns={columns} rows={[...rows, total]} />}
      definition={definition.definition[f.language]}
      sources={definition.sourceTables}
    />
  );
}
