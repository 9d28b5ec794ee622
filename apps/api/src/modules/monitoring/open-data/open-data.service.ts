import { Injectable } from '@nestjs/common';
import type { MonitoringPeriodQuery, OpenDataDictionaryResponse, OpenDataResponse, OpenDataRow } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import type { KpiFilter } from '../../../platform/kpi/kpi-query';
import { RegistryService, type OfficeWithRegion } from '../../registry/registry.service';
import type { SatisfactionRow } from '../../surveys/surveys-kpi.service';
import { DashboardService } from '../dashboard/dashboard.service';
import { meanRating, NO_SHOW, RECORDED_OUTCOMES, REMOTE_CHANNELS } from '../dashboard/indicators';
import { KpiSourcesService, type KpiData } from '../dashboard/kpi-sources.service';
import { suppressTable, SUPPRESSION_THRESHOLD, type SuppressionRow } from '../domain/suppression';
import { MonitoringRepository } from '../monitoring.repository';
import { COUNT_FIELDS, DERIVED_FROM, dictionaryFields, OPEN_DATA_FIELDS, SUPPRESSION_RULE } from './open-data-fields';

type Values = Record<string, number | null>;
interface Draft extends SuppressionRow {
  month: string;
  office?: OfficeWithRegion;
  region: OfficeWithRegion;
  medianCases: Record<string, number>;
}

/** Public monthly indicators per CPI and per region (issue 16), with small-cell suppression (domain/suppression.ts). */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly sources: KpiSourcesService,
    private readonly registry: RegistryService,
    private readonly dashboard: DashboardService,
    private readonly repo: MonitoringRepository,
    private readonly env: Env,
  ) {}

  get baseUrl(): string {
    return `${this.env.PUBLIC_API_URL.replace(/\/$/, '')}/api/public/open-data`;
  }

  dictionary(): OpenDataDictionaryResponse {
    return {
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      suppressionRule: SUPPRESSION_RULE,
      fields: dictionaryFields(),
    };
  }

  async indicators(q: MonitoringPeriodQuery): Promise<OpenDataResponse> {
    const period = this.dashboard.period(q);
    const offices = await this.registry.officesWithRegion(null);
    const f: KpiFilter = { officeIds: offices.map((o) => o.id), from: period.from, to: period.to };
    const [data, satisfaction, refreshedAt] = await Promise.all([
      this.sources.read(f, 'office_month', ['dids', 'patti', 'timeToPatto', 'appointments', 'vacancies', 'timeToFill', 'cases']),
      Promise.all(period.months.map(async (month) => ({ month, rows: await this.sources.satisfaction({ ...f, from: month, to: month }, 'office') }))),
      this.repo.lastSucceededAt(),
    ]);
    const sat = new Map(satisfaction.flatMap(({ month, rows }) => rows.map((r) => [`${month}|${r.officeId}`, r] as const)));
    const drafts: Draft[] = [];
    for (const month of period.months) {
      for (const office of offices) drafts.push(this.officeDraft(month, office, data, sat.get(`${month}|${office.id}`)));
    }
    const regions = [...new Map(offices.map((o) => [o.regionId, o])).values()];
    for (const region of regions) {
      const rf: KpiFilter = { ...f, officeIds: offices.filter((o) => o.regionId === region.regionId).map((o) => o.id) };
      const medians = await this.sources.read(rf, 'month', ['timeToPatto', 'timeToFill']);
      for (const month of period.months) {
        const members = drafts.filter((d) => d.month === month && d.region.regionId === region.regionId);
        const values: Values = {};
        for (const field of OPEN_DATA_FIELDS.filter((x) => x.type === 'integer')) values[field.name] = members.reduce((s, d) => s + (d.values[field.name] ?? 0), 0);
        const ttp = medians.timeToPatto.find((r) => r.month === month);
        const ttf = medians.timeToFill.find((r) => r.month === month);
        const satRows = members.map((d) => sat.get(`${month}|${d.office!.id}`)).filter((r): r is SatisfactionRow & { month: string | null; officeId: string | null } => !!r);
        values.median_days_to_patto = ttp?.median ?? null;
        values.median_days_to_fill = ttf?.median ?? null;
        values.satisfaction_mean = meanRating(satRows).value;
        drafts.push({
          id: `${month}|R|${region.regionId}`,
          group: `${region.regionId}|${month}`,
          total: true,
          month,
          region,
          values,
          medianCases: { median_days_to_patto: ttp?.cases ?? 0 },
        });
      }
    }
    const suppressed = suppressTable(drafts, COUNT_FIELDS);
    const rows = drafts.map((d) => this.publish(d, suppressed));
    return {
      title: 'OpenCPI: indicatori mensili dei Centri per l’impiego',
      licence: 'https://creativecommons.org/licenses/by/4.0/',
      ...(refreshedAt ? { refreshedAt: new Date(refreshedAt).toISOString() } : {}),
      period,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
      dictionaryUrl: `${this.baseUrl}/dictionary`,
      catalogUrl: `${this.baseUrl}/catalog`,
      csvUrl: `${this.baseUrl}/indicators.csv?from=${period.from}&to=${period.to}`,
      rows,
    };
  }

  private officeDraft(month: string, office: OfficeWithRegion, d: KpiData, sat: SatisfactionRow | undefined): Draft {
    const mine = <T extends { month: string | null; officeId: string | null }>(rows: T[]) => rows.filter((r) => r.month === month && r.officeId === office.id);
    const sum = <T>(rows: T[], v: (r: T) => number) => rows.reduce((s, r) => s + v(r), 0);
    const did = mine(d.dids)[0];
    const appts = mine(d.appointments);
    const vac = mine(d.vacancies)[0];
    const ttp = mine(d.timeToPatto)[0];
    const values: Values = {
      dids: did?.dids ?? 0,
      first_contacts_due: did?.contactDue ?? 0,
      first_contacts_in_window: did?.contactedInWindow ?? 0,
      patti_signed: sum(mine(d.patti), (r) => r.patti),
      median_days_to_patto: ttp?.median ?? null,
      appointments: sum(appts, (r) => r.appointments),
      appointments_remote: sum(
        appts.filter((r) => REMOTE_CHANNELS.includes(r.channel)),
        (r) => r.appointments,
      ),
      attendance_recorded: sum(
        appts.filter((r) => RECORDED_OUTCOMES.includes(r.outcome)),
        (r) => r.appointments,
      ),
      no_shows: sum(
        appts.filter((r) => r.outcome === NO_SHOW),
        (r) => r.appointments,
      ),
      conditionality_cases: sum(mine(d.cases), (r) => r.cases),
      vacancies_published: vac?.published ?? 0,
      vacancies_filled: vac?.filled ?? 0,
      median_days_to_fill: mine(d.timeToFill)[0]?.median ?? null,
      satisfaction_answers: sat?.answers ?? 0,
      satisfaction_mean: sat ? meanRating([sat]).value : null,
    };
    return {
      id: `${month}|${office.id}`,
      group: `${office.regionId}|${month}`,
      total: false,
      month,
      office,
      region: office,
      values,
      medianCases: { median_days_to_patto: ttp?.cases ?? 0 },
    };
  }

  private publish(d: Draft, suppressed: Map<string, Set<string>>): OpenDataRow {
    const values: Values = { ...d.values };
    const out: string[] = [];
    for (const [field, ids] of suppressed) {
      if (ids.has(d.id)) {
        values[field] = null;
        out.push(field);
      }
    }
    for (const [derived, base] of Object.entries(DERIVED_FROM)) {
      const fewCases = derived === 'median_days_to_patto' ? (d.medianCases[derived] ?? 0) < SUPPRESSION_THRESHOLD : (d.values[base] ?? 0) < SUPPRESSION_THRESHOLD;
      if (values[derived] !== null && (values[base] === null || fewCases)) {
        values[derived] = null;
        out.push(derived);
      }
    }
    return {
      month: d.month,
      level: d.total ? 'region' : 'office',
      regionCode: d.region.regionCode.trim(),
      regionName: d.region.regionName,
      ...(d.office ? { officeCode: d.office.code, officeName: d.office.name } : {}),
      values,
      suppressed: out,
    };
  }
}

/** The rows as CSV (RFC 4180, comma, UTF-8): a suppressed cell is empty. */
export function toOpenDataCsv(rows: readonly OpenDataRow[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const names = OPEN_DATA_FIELDS.map((x) => x.name);
  const lines = [['month', 'level', 'region_code', 'region_name', 'office_code', 'office_name', ...names].join(',')];
  for (const r of rows) lines.push([r.month, r.level, r.regionCode, r.regionName, r.officeCode, r.officeName, ...names.map((n) => r.values[n])].map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
