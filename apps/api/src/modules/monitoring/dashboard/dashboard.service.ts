import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type BenchmarkIndicator,
  type BenchmarkResponse,
  type DashboardResponse,
  type IndicatorDefinitionResponse,
  type MonitoringPeriodQuery,
  type OperatorKpiResponse,
} from '@opencpi/contracts';
import type { StaffScope } from '../../../platform/auth/principal';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import type { KpiFilter } from '../../../platform/kpi/kpi-query';
import { todayRome } from '../../../platform/time/rome-time';
import { RegistryService, type OfficeWithRegion } from '../../registry/registry.service';
import { resolvePeriod, type Period } from '../domain/period';
import { percentile, share } from '../domain/stats';
import { MonitoringRepository } from '../monitoring.repository';
import { dropNulls, toDefinition } from '../monitoring.mapper';
import { buildIndicators, meanRating, noShowShare, REMOTE_CHANNELS } from './indicators';
import { KpiCache } from './kpi-cache';
import { KpiSourcesService } from './kpi-sources.service';

export interface Scope {
  level: 'region' | 'offices' | 'office';
  regionId: string;
  officeIds: string[];
  officeName?: string;
  /** the offices the caller may see (own, or the whole region for a region admin) */
  mine: OfficeWithRegion[];
  region: OfficeWithRegion[];
}

/** The managers' dashboard (issue 16): scope by role, indicators, benchmark, drill-down to operators. Aggregates only. */
@Injectable()
export class DashboardService {
  private readonly cache = new KpiCache();

  constructor(
    private readonly repo: MonitoringRepository,
    private readonly sources: KpiSourcesService,
    private readonly registry: RegistryService,
  ) {}

  async definitions(): Promise<IndicatorDefinitionResponse[]> {
    return (await this.repo.definitions()).map(toDefinition);
  }

  period(q: MonitoringPeriodQuery, now = new Date()): Period {
    const p = resolvePeriod(q, todayRome(now).slice(0, 7));
    if (!p) throw new DomainError(ErrorCode.MONITORING_PERIOD_INVALID);
    return p;
  }

  /** region_admin: every office of the region; cpi_manager: their offices; one office when asked (404 if not theirs). */
  async scope(ctx: RequestContext, officeId?: string): Promise<Scope> {
    const staff = this.staff(ctx);
    const region = await this.registry.officesWithRegion(staff.regionId);
    const mine = staff.role === 'region_admin' ? region : region.filter((o) => staff.officeIds.includes(o.id));
    if (officeId) {
      const office = mine.find((o) => o.id === officeId);
      if (!office) throw new DomainError(ErrorCode.MONITORING_OFFICE_NOT_IN_SCOPE);
      return { level: 'office', regionId: staff.regionId, officeIds: [office.id], officeName: office.name, mine, region };
    }
    return { level: staff.role === 'region_admin' ? 'region' : 'offices', regionId: staff.regionId, officeIds: mine.map((o) => o.id), mine, region };
  }

  async dashboard(ctx: RequestContext, q: MonitoringPeriodQuery & { officeId?: string }): Promise<DashboardResponse> {
    const period = this.period(q);
    const scope = await this.scope(ctx, q.officeId);
    const f: KpiFilter = { officeIds: scope.officeIds, from: period.from, to: period.to };
    const refreshedAt = await this.repo.lastSucceededAt();
    const [defs, byMonth, whole] = await this.cache.get(JSON.stringify(['dashboard', f, refreshedAt]), () =>
      Promise.all([this.definitions(), this.sources.read(f, 'month'), this.sources.read(f, 'all', ['timeToPatto', 'timeToFill', 'satisfaction'])]),
    );
    return dropNulls<DashboardResponse>({
      scope: { level: scope.level, regionId: scope.regionId, officeIds: scope.officeIds, ...(scope.officeName ? { officeName: scope.officeName } : {}) },
      period,
      refreshedAt: refreshedAt ? new Date(refreshedAt).toISOString() : null,
      indicators: buildIndicators(new Map(defs.map((d) => [d.code, d])), period.months, byMonth, whole),
      offices: scope.mine.map((o) => ({ id: o.id, name: o.name })),
    });
  }

  /** Every office of the region is computed (for the median and the quartile); a manager gets only their rows. */
  async benchmark(ctx: RequestContext, query: MonitoringPeriodQuery & { indicator?: BenchmarkIndicator }): Promise<BenchmarkResponse> {
    const q = { ...query, indicator: query.indicator ?? 'first_contact_in_window' };
    const period = this.period(q);
    const scope = await this.scope(ctx);
    const f: KpiFilter = { officeIds: scope.region.map((o) => o.id), from: period.from, to: period.to };
    const refreshedAt = await this.repo.lastSucceededAt();
    const values = await this.cache.get(JSON.stringify(['benchmark', q.indicator, f, refreshedAt]), () => this.officeValues(q.indicator, f));
    const higherIsBetter = q.indicator === 'first_contact_in_window' || q.indicator === 'satisfaction';
    const compared = [...values.values()].filter((v) => v.value !== null).map((v) => v.value!);
    return dropNulls<BenchmarkResponse>({
      indicator: q.indicator,
      unit: { first_contact_in_window: 'share', time_to_patto: 'days', no_shows: 'share', time_to_fill: 'days', remote_appointments: 'share', satisfaction: 'rating' }[q.indicator],
      higherIsBetter,
      period,
      regionMedian: percentile(compared, 0.5),
      bestQuartile: percentile(compared, higherIsBetter ? 0.75 : 0.25),
      officesCompared: compared.length,
      offices: scope.mine.map((o) => ({ officeId: o.id, officeName: o.name, value: values.get(o.id)?.value ?? null, denominator: values.get(o.id)?.denominator ?? 0 })),
    });
  }

  async operators(ctx: RequestContext, officeId: string, q: MonitoringPeriodQuery): Promise<OperatorKpiResponse> {
    const period = this.period(q);
    const scope = await this.scope(ctx, officeId);
    const data = await this.sources.operators({ officeIds: scope.officeIds, from: period.from, to: period.to });
    const ids = [...new Set([...data.appointments.map((r) => r.staffId), ...data.patti.map((r) => r.staffId)])];
    const names = await this.registry.staffNames(ids);
    const items = ids.map((staffId) => {
      const mine = data.appointments.filter((r) => r.staffId === staffId);
      const n = names.get(staffId);
      return {
        staffId,
        name: n ? `${n.givenName} ${n.familyName}` : '',
        appointments: mine.reduce((s, r) => s + r.appointments, 0),
        attended: mine.filter((r) => r.outcome === 'attended').reduce((s, r) => s + r.appointments, 0),
        noShows: mine.filter((r) => r.outcome === 'absent').reduce((s, r) => s + r.appointments, 0),
        pattiSigned: data.patti.filter((r) => r.staffId === staffId).reduce((s, r) => s + r.patti, 0),
      };
    });
    items.sort((a, b) => a.name.localeCompare(b.name, 'it') || a.staffId.localeCompare(b.staffId));
    return { officeId, officeName: scope.officeName!, period, items };
  }

  private async officeValues(indicator: BenchmarkIndicator, f: KpiFilter): Promise<Map<string, { value: number | null; denominator: number }>> {
    const out = new Map<string, { value: number | null; denominator: number }>();
    const byOffice = <T extends { officeId: string | null }>(rows: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rows) m.set(r.officeId!, [...(m.get(r.officeId!) ?? []), r]);
      return m;
    };
    if (indicator === 'first_contact_in_window') {
      for (const r of await this.sources.read(f, 'office', ['dids']).then((d) => d.dids))
        out.set(r.officeId!, { value: share(r.contactedInWindow, r.contactDue), denominator: r.contactDue });
    } else if (indicator === 'time_to_patto' || indicator === 'time_to_fill') {
      const d = await this.sources.read(f, 'office', [indicator === 'time_to_patto' ? 'timeToPatto' : 'timeToFill']);
      for (const r of indicator === 'time_to_patto' ? d.timeToPatto : d.timeToFill) out.set(r.officeId!, { value: r.median, denominator: r.cases });
    } else if (indicator === 'satisfaction') {
      for (const r of await this.sources.satisfaction(f, 'office')) out.set(r.officeId!, { value: meanRating([r]).value, denominator: r.answers });
    } else {
      for (const [officeId, rows] of byOffice((await this.sources.read(f, 'office', ['appointments'])).appointments)) {
        if (indicator === 'no_shows') out.set(officeId, noShowShare(rows));
        else {
          const all = rows.reduce((s, r) => s + r.appointments, 0);
          out.set(officeId, {
            value: share(
              rows.filter((r) => REMOTE_CHANNELS.includes(r.channel)).reduce((s, r) => s + r.appointments, 0),
              all,
            ),
            denominator: all,
          });
        }
      }
    }
    return out;
  }

  private staff(ctx: RequestContext): StaffScope {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN);
    return ctx.principal.staff;
  }
}
