import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KPI_WHERE, kpiGroup, kpiGroupBy, kpiMedianSql, kpiParams, type KpiFilter, type KpiGroup, type KpiKey } from '../../../platform/kpi/kpi-query';

export interface VacancyKpiRow extends KpiKey {
  published: number;
  filled: number;
}
export interface TimeToFillRow extends KpiKey {
  cases: number;
  median: number | null;
}

/** The matching module's aggregate view (issue 16): vacancies published, and filled with the days it took. */
@Injectable()
export class MatchingKpiRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async refresh(): Promise<void> {
    await this.db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY matching.kpi_vacancies_monthly`);
    await this.db.query(`ANALYZE matching.kpi_vacancies_monthly`); // a refreshed view keeps no statistics
  }

  vacancies(f: KpiFilter, by: KpiGroup): Promise<VacancyKpiRow[]> {
    return this.db.query(
      `SELECT ${kpiGroup(by).keys}, coalesce(sum(vacancies) FILTER (WHERE event = 'published'), 0)::int AS published,
              coalesce(sum(vacancies) FILTER (WHERE event = 'filled'), 0)::int AS filled
         FROM matching.kpi_vacancies_monthly WHERE ${KPI_WHERE} ${kpiGroupBy(by)}`,
      kpiParams(f),
    ) as Promise<VacancyKpiRow[]>;
  }

  timeToFill(f: KpiFilter, by: KpiGroup): Promise<TimeToFillRow[]> {
    return this.db.query(
      kpiMedianSql(`SELECT month, office_id, days, vacancies AS n FROM matching.kpi_vacancies_monthly WHERE event = 'filled' AND ${KPI_WHERE}`, by),
      kpiParams(f),
    ) as Promise<TimeToFillRow[]>;
  }
}
