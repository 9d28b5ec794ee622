import type { IndicatorDefinitionResponse } from '@opencpi/contracts';
import type { SatisfactionRow } from '../../surveys/surveys-kpi.service';
import { round, share } from '../domain/stats';
import type { KpiData } from './kpi-sources.service';

/** The contracts' shapes with null where a value is missing (the service drops the nulls: monitoring.mapper dropNulls). */
export interface IndicatorPoint {
  month: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}
interface IndicatorBreakdown {
  dimension: string;
  rows: (Omit<IndicatorPoint, 'month'> & { key: string; series: IndicatorPoint[] })[];
}
export interface IndicatorResult {
  code: string;
  definition: IndicatorDefinitionResponse;
  value: number | null;
  numerator?: number;
  denominator?: number;
  series: IndicatorPoint[];
  breakdowns: IndicatorBreakdown[];
}

/** What is counted as attendance recorded (the no-show denominator) and as a no-show. */
export const RECORDED_OUTCOMES = ['attended', 'absent', 'absent_justified'];
export const NO_SHOW = 'absent';
export const REMOTE_CHANNELS = ['video', 'phone'];

interface Tally {
  numerator: number;
  denominator: number;
}
const sumBy = <T>(rows: readonly T[], key: (r: T) => string | null, value: (r: T) => number): Map<string, number> => {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = key(r) ?? '';
    out.set(k, (out.get(k) ?? 0) + value(r));
  }
  return out;
};
const tallyBy = <T>(rows: readonly T[], key: (r: T) => string | null, t: (r: T) => Tally): Map<string, Tally> => {
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const k = key(r) ?? '';
    const a = out.get(k) ?? { numerator: 0, denominator: 0 };
    const b = t(r);
    out.set(k, { numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator });
  }
  return out;
};
const total = (m: Map<string, number>): number => [...m.values()].reduce((s, v) => s + v, 0);
const countSeries = (months: string[], m: Map<string, number>): IndicatorPoint[] => months.map((month) => ({ month, value: m.get(month) ?? 0 }));
const shareSeries = (months: string[], m: Map<string, Tally>): IndicatorPoint[] =>
  months.map((month) => {
    const t = m.get(month) ?? { numerator: 0, denominator: 0 };
    return { month, value: share(t.numerator, t.denominator), ...t };
  });
const sumTally = (m: Map<string, Tally>): Tally =>
  [...m.values()].reduce((a, b) => ({ numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator }), { numerator: 0, denominator: 0 });
const noShowTally = (r: { outcome: string; appointments: number }): Tally => ({
  numerator: r.outcome === NO_SHOW ? r.appointments : 0,
  denominator: RECORDED_OUTCOMES.includes(r.outcome) ? r.appointments : 0,
});
/** mean rating of several satisfaction rows (from the per-rating counts, not from rounded means) */
export const meanRating = (rows: readonly SatisfactionRow[]): Tally & { value: number | null } => {
  const answers = rows.reduce((s, r) => s + r.answers, 0);
  const sum = rows.reduce((s, r) => s + r.ratingCounts.reduce((a, c, i) => a + c * (i + 1), 0), 0);
  return { value: answers ? round(sum / answers, 2) : null, numerator: sum, denominator: answers };
};

/** Builds every indicator from the month-grouped rows and the whole-period rows (medians, satisfaction by service). */
export function buildIndicators(defs: Map<string, IndicatorDefinitionResponse>, months: string[], byMonth: KpiData, whole: KpiData): IndicatorResult[] {
  const month = (r: { month: string | null }) => r.month;
  const out: IndicatorResult[] = [];
  const push = (code: string, value: number | null, series: IndicatorPoint[], breakdowns: IndicatorBreakdown[] = [], extra: Partial<Tally> = {}) =>
    out.push({ code, definition: defs.get(code)!, value, ...extra, series, breakdowns });
  const keyed = <T extends { month: string | null }>(rows: T[], key: (r: T) => string, value: (r: T) => number, dimension: string, keys?: string[]): IndicatorBreakdown => {
    const all = keys ?? [...new Set(rows.map(key))].sort();
    return {
      dimension,
      rows: all.map((k) => {
        const m = sumBy(
          rows.filter((r) => key(r) === k),
          month,
          value,
        );
        return { key: k, value: total(m), series: countSeries(months, m) };
      }),
    };
  };

  const dids = sumBy(byMonth.dids, month, (r) => r.dids);
  push('dids', total(dids), countSeries(months, dids));
  const contact = tallyBy(byMonth.dids, month, (r) => ({ numerator: r.contactedInWindow, denominator: r.contactDue }));
  const c = sumTally(contact);
  push('first_contact_in_window', share(c.numerator, c.denominator), shareSeries(months, contact), [], c);
  const ttp = new Map(byMonth.timeToPatto.map((r) => [r.month!, r]));
  const ttpAll = whole.timeToPatto[0];
  push(
    'time_to_patto',
    ttpAll?.median ?? null,
    months.map((m) => ({ month: m, value: ttp.get(m)?.median ?? null, denominator: ttp.get(m)?.cases ?? 0 })),
    [],
    { denominator: ttpAll?.cases ?? 0 },
  );
  const patti = sumBy(byMonth.patti, month, (r) => r.patti);
  push('patti_by_pathway', total(patti), countSeries(months, patti), [
    keyed(
      byMonth.patti,
      (r) => r.pathway,
      (r) => r.patti,
      'pathway',
    ),
  ]);
  const appts = sumBy(byMonth.appointments, month, (r) => r.appointments);
  push('appointments_by_channel', total(appts), countSeries(months, appts), [
    keyed(
      byMonth.appointments,
      (r) => r.channel,
      (r) => r.appointments,
      'channel',
      ['in_person', 'video', 'phone'],
    ),
  ]);
  const noShows = tallyBy(byMonth.appointments, month, noShowTally);
  const ns = sumTally(noShows);
  const kinds = ['invitation', 'convocation', 'booking'].map((kind) => {
    const m = tallyBy(
      byMonth.appointments.filter((r) => r.kind === kind),
      month,
      noShowTally,
    );
    const t = sumTally(m);
    return { key: kind, value: share(t.numerator, t.denominator), ...t, series: shareSeries(months, m) };
  });
  push('no_shows', share(ns.numerator, ns.denominator), shareSeries(months, noShows), [{ dimension: 'kind', rows: kinds }], ns);
  const published = sumBy(byMonth.vacancies, month, (r) => r.published);
  const filled = sumBy(byMonth.vacancies, month, (r) => r.filled);
  push('vacancies', total(published), countSeries(months, published), [
    {
      dimension: 'event',
      rows: [
        { key: 'published', value: total(published), series: countSeries(months, published) },
        { key: 'filled', value: total(filled), series: countSeries(months, filled) },
      ],
    },
  ]);
  const ttf = new Map(byMonth.timeToFill.map((r) => [r.month!, r]));
  const ttfAll = whole.timeToFill[0];
  push(
    'time_to_fill',
    ttfAll?.median ?? null,
    months.map((m) => ({ month: m, value: ttf.get(m)?.median ?? null, denominator: ttf.get(m)?.cases ?? 0 })),
    [],
    { denominator: ttfAll?.cases ?? 0 },
  );
  const cases = sumBy(byMonth.cases, month, (r) => r.cases);
  push('conditionality_cases', total(cases), countSeries(months, cases), [
    keyed(
      byMonth.cases,
      (r) => r.breachCode,
      (r) => r.cases,
      'breach',
    ),
  ]);
  const sat = new Map(byMonth.satisfaction.map((r) => [r.month!, r]));
  const satAll = meanRating(byMonth.satisfaction);
  push(
    'satisfaction',
    satAll.value,
    months.map((m) => {
      const r = sat.get(m);
      return { month: m, value: r ? meanRating([r]).value : null, denominator: r?.answers ?? 0 };
    }),
    [
      {
        dimension: 'service',
        rows: whole.satisfaction.map((r) => ({ key: r.key, value: meanRating([r]).value, denominator: r.answers, series: [] })),
      },
    ],
    { denominator: satAll.denominator },
  );
  return out;
}

/** The no-show share of a set of appointment rows, with its denominator (attendance recorded). */
export const noShowShare = (rows: readonly { outcome: string; appointments: number }[]): { value: number | null; denominator: number } => {
  const t = rows.map(noShowTally).reduce((a, b) => ({ numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator }), { numerator: 0, denominator: 0 });
  return { value: share(t.numerator, t.denominator), denominator: t.denominator };
};
