import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KPI_WHERE, kpiGroup, kpiGroupBy, kpiParams, type KpiFilter, type KpiGroup, type KpiKey } from '../../../platform/kpi/kpi-query';

export interface AppointmentKpiRow extends KpiKey {
  channel: string;
  kind: 'invitation' | 'convocation' | 'booking';
  outcome: string;
  appointments: number;
}
export interface OperatorAppointmentRow {
  staffId: string;
  outcome: string;
  appointments: number;
}

/** The agenda's aggregate views (issue 16): refreshed on the monitoring job's call, read by filter. */
@Injectable()
export class AgendaKpiRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async refresh(): Promise<void> {
    await this.db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY agenda.kpi_appointments_monthly`);
    await this.db.query(`ANALYZE agenda.kpi_appointments_monthly`); // a refreshed view keeps no statistics
    await this.db.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY agenda.kpi_appointments_operator_monthly`);
    await this.db.query(`ANALYZE agenda.kpi_appointments_operator_monthly`); // a refreshed view keeps no statistics
  }

  appointments(f: KpiFilter, by: KpiGroup): Promise<AppointmentKpiRow[]> {
    return this.db.query(
      `SELECT ${kpiGroup(by).keys}, channel, kind, outcome, sum(appointments)::int AS appointments
         FROM agenda.kpi_appointments_monthly WHERE ${KPI_WHERE} ${kpiGroupBy(by, ['channel', 'kind', 'outcome'])}`,
      kpiParams(f),
    ) as Promise<AppointmentKpiRow[]>;
  }

  byOperator(f: KpiFilter): Promise<OperatorAppointmentRow[]> {
    return this.db.query(
      `SELECT operator_id::text AS "staffId", outcome, sum(appointments)::int AS appointments
         FROM agenda.kpi_appointments_operator_monthly WHERE ${KPI_WHERE} GROUP BY operator_id, outcome`,
      kpiParams(f),
    ) as Promise<OperatorAppointmentRow[]>;
  }
}
