import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KPI_WHERE, kpiGroup, kpiGroupBy, kpiParams, type KpiFilter, type KpiGroup, type KpiKey } from '../../../platform/kpi/kpi-query';

export interface CaseKpiRow extends KpiKey {
  breachCode: string;
  cases: number;
}

/** The condizionalita module's aggregate view (issue 16): cases opened by office × month × breach. */
@Injectable()
export class CondizionalitaKpiRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async refresh(): Promise<void> {
    await this.db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY condizionalita.kpi_cases_monthly`);
    await this.db.query(`ANALYZE condizionalita.kpi_cases_monthly`); // a refreshed view keeps no statistics
  }

  cases(f: KpiFilter, by: KpiGroup): Promise<CaseKpiRow[]> {
    return this.db.query(
      `SELECT ${kpiGroup(by).keys}, breach_code AS "breachCode", sum(cases)::int AS cases
         FROM condizionalita.kpi_cases_monthly WHERE ${KPI_WHERE} ${kpiGroupBy(by, ['breach_code'])}`,
      kpiParams(f),
    ) as Promise<CaseKpiRow[]>;
  }
}
