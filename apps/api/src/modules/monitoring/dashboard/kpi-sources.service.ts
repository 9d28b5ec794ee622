import { Injectable } from '@nestjs/common';
import type { KpiFilter, KpiGroup, KpiKey } from '../../../platform/kpi/kpi-query';
import { AgendaKpiService, type AppointmentKpiRow } from '../../agenda/kpi/agenda-kpi.service';
import { CondizionalitaKpiService, type CaseKpiRow } from '../../condizionalita/kpi/condizionalita-kpi.service';
import { MatchingKpiService, type TimeToFillRow, type VacancyKpiRow } from '../../matching/kpi/matching-kpi.service';
import { PattoKpiService, type DidKpiRow, type MedianKpiRow, type PattiKpiRow } from '../../patto/kpi/patto-kpi.service';
import { SurveysKpiService, type SatisfactionGroupBy, type SatisfactionRow } from '../../surveys/surveys-kpi.service';
import { addMonths } from '../domain/period';

/** Every owner's rows for one filter and one grouping (the monitoring module never reads the owners' tables). */
export interface KpiData {
  dids: DidKpiRow[];
  patti: PattiKpiRow[];
  timeToPatto: MedianKpiRow[];
  appointments: AppointmentKpiRow[];
  vacancies: VacancyKpiRow[];
  timeToFill: TimeToFillRow[];
  cases: CaseKpiRow[];
  /** keyed like the others (month or office) when grouped so; by service kind for `satisfactionBy = 'service'` */
  satisfaction: (KpiKey & SatisfactionRow)[];
}
export type KpiPart = keyof KpiData;
const ALL_PARTS: KpiPart[] = ['dids', 'patti', 'timeToPatto', 'appointments', 'vacancies', 'timeToFill', 'cases', 'satisfaction'];

/** The first and last day of a month period, for the surveys' daily aggregates. */
export const periodDays = (f: KpiFilter): { from: string; to: string } => {
  const next = addMonths(f.to, 1);
  const last = new Date(Date.UTC(Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1, 0)).getUTCDate();
  return { from: `${f.from}-01`, to: `${f.to}-${String(last).padStart(2, '0')}` };
};

/** Reads the owners' aggregates through their exported kpi services, in parallel. */
@Injectable()
export class KpiSourcesService {
  constructor(
    private readonly agenda: AgendaKpiService,
    private readonly patto: PattoKpiService,
    private readonly matching: MatchingKpiService,
    private readonly condizionalita: CondizionalitaKpiService,
    private readonly surveys: SurveysKpiService,
  ) {}

  async read(f: KpiFilter, by: KpiGroup, parts: readonly KpiPart[] = ALL_PARTS): Promise<KpiData> {
    const want = (p: KpiPart) => parts.includes(p);
    const none = Promise.resolve([]);
    const [dids, patti, timeToPatto, appointments, vacancies, timeToFill, cases, satisfaction] = await Promise.all([
      want('dids') ? this.patto.dids(f, by) : none,
      want('patti') ? this.patto.patti(f, by) : none,
      want('timeToPatto') ? this.patto.timeToPatto(f, by) : none,
      want('appointments') ? this.agenda.appointments(f, by) : none,
      want('vacancies') ? this.matching.vacancies(f, by) : none,
      want('timeToFill') ? this.matching.timeToFill(f, by) : none,
      want('cases') ? this.condizionalita.cases(f, by) : none,
      want('satisfaction') ? this.satisfaction(f, by === 'office' ? 'office' : by === 'month' ? 'month' : 'service') : none,
    ]);
    return { dids, patti, timeToPatto, appointments, vacancies, timeToFill, cases, satisfaction } as KpiData;
  }

  /** Satisfaction from the surveys module, keyed like the other rows (`service` keeps the service kind in `key`). */
  async satisfaction(f: KpiFilter, groupBy: SatisfactionGroupBy): Promise<(KpiKey & SatisfactionRow)[]> {
    if (f.officeIds.length === 0) return [];
    const rows = await this.surveys.satisfaction({ ...periodDays(f), officeIds: f.officeIds, groupBy });
    return rows.map((r) => ({ ...r, month: groupBy === 'month' ? r.key.slice(0, 7) : null, officeId: groupBy === 'office' ? r.key : null }));
  }

  /** Operators of one office: appointments by the slot's operator, patti by responsible operator. */
  async operators(f: KpiFilter): Promise<{ appointments: { staffId: string; outcome: string; appointments: number }[]; patti: { staffId: string; patti: number }[] }> {
    const [appointments, patti] = await Promise.all([this.agenda.byOperator(f), this.patto.pattiByStaff(f)]);
    return { appointments, patti };
  }

  /** Each owner recomputes its aggregates; one step per owner, timed, an error kept and the others still run. */
  async refreshAll(): Promise<{ owner: string; durationMs: number; ok: boolean; error?: string }[]> {
    const owners: [string, () => Promise<unknown>][] = [
      ['agenda', () => this.agenda.refresh()],
      ['patto', () => this.patto.refresh()],
      ['matching', () => this.matching.refresh()],
      ['condizionalita', () => this.condizionalita.refresh()],
    ];
    const steps = [];
    for (const [owner, refresh] of owners) {
      const t0 = Date.now();
      try {
        await refresh();
        steps.push({ owner, durationMs: Date.now() - t0, ok: true });
      } catch (e) {
        steps.push({ owner, durationMs: Date.now() - t0, ok: false, error: String((e as Error).message ?? e).slice(0, 300) });
      }
    }
    return steps;
  }
}
