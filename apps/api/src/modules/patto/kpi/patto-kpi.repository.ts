import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KPI_WHERE, kpiGroup, kpiGroupBy, kpiMedianSql, kpiParams, type KpiFilter, type KpiGroup, type KpiKey } from '../../../platform/kpi/kpi-query';

export interface DidKpiRow extends KpiKey {
  dids: number;
  contactDue: number;
  contactedInWindow: number;
}
export interface PattiKpiRow extends KpiKey {
  pathway: string;
  patti: number;
}
export interface MedianKpiRow extends KpiKey {
  cases: number;
  median: number | null;
}

/** The patto module's aggregate views (issue 16): DIDs with their first contact, patti signed, days DID → patto. */
@Injectable()
export class PattoKpiRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async refresh(): Promise<void> {
    for (const view of ['kpi_dids_monthly', 'kpi_patti_monthly', 'kpi_time_to_patto']) {
      await this.db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY patto.${view}`);
      await this.db.query(`ANALYZE patto.${view}`); // a refreshed view keeps no statistics: the planner would guess one row
    }
  }

  dids(f: KpiFilter, by: KpiGroup): Promise<DidKpiRow[]> {
    return this.db.query(
      `SELECT ${kpiGroup(by).keys}, coalesce(sum(dids), 0)::int AS dids, coalesce(sum(contact_due), 0)::int AS "contactDue",
              coalesce(sum(contacted_in_window), 0)::int AS "contactedInWindow"
         FROM patto.kpi_dids_monthly WHERE ${KPI_WHERE} ${kpiGroupBy(by)}`,
      kpiParams(f),
    ) as Promise<DidKpiRow[]>;
  }

  patti(f: KpiFilter, by: KpiGroup): Promise<PattiKpiRow[]> {
    return this.db.query(
      `SELECT ${kpiGroup(by).keys}, pathway, sum(patti)::int AS patti FROM patto.kpi_patti_monthly WHERE ${KPI_WHERE} ${kpiGroupBy(by, ['pathway'])}`,
      kpiParams(f),
    ) as Promise<PattiKpiRow[]>;
  }

  /**
   * Median days DID → first patto signature. The view keeps one histogram per office × month (`days[]`, `patti[]`):
   * the filter runs on a few hundred rows for a region, then only those histograms are unnested.
   */
  timeToPatto(f: KpiFilter, by: KpiGroup): Promise<MedianKpiRow[]> {
    const source = `SELECT month, office_id, h.days, h.n FROM patto.kpi_time_to_patto v, unnest(v.days, v.patti) AS h(days, n) WHERE ${KPI_WHERE}`;
    return this.db.query(kpiMedianSql(source, by), kpiParams(f)) as Promise<MedianKpiRow[]>;
  }

  pattiByStaff(f: KpiFilter): Promise<{ staffId: string; patti: number }[]> {
    return this.db.query(`SELECT staff_id::text AS "staffId", sum(patti)::int AS patti FROM patto.kpi_patti_monthly WHERE ${KPI_WHERE} GROUP BY staff_id`, kpiParams(f)) as Promise<
      { staffId: string; patti: number }[]
    >;
  }
}
