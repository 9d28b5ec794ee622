import { Injectable } from '@nestjs/common';
import type { KpiFilter, KpiGroup } from '../../../platform/kpi/kpi-query';
import { AgendaKpiRepository, type AppointmentKpiRow, type OperatorAppointmentRow } from './agenda-kpi.repository';

export type { AppointmentKpiRow, OperatorAppointmentRow } from './agenda-kpi.repository';

/**
 * What the agenda tells the monitoring module (issue 16): appointments by office × month × service × channel × kind
 * (invitation, convocation, direct booking) × outcome, from `agenda.kpi_appointments_monthly`, and by the slot's
 * operator. Aggregates only: no person is named.
 */
@Injectable()
export class AgendaKpiService {
  constructor(private readonly repo: AgendaKpiRepository) {}

  /** Recomputes the agenda's aggregate views (readers keep the previous data until it ends). */
  refresh(): Promise<void> {
    return this.repo.refresh();
  }
  appointments(f: KpiFilter, by: KpiGroup): Promise<AppointmentKpiRow[]> {
    return f.officeIds.length ? this.repo.appointments(f, by) : Promise.resolve([]);
  }
  byOperator(f: KpiFilter): Promise<OperatorAppointmentRow[]> {
    return f.officeIds.length ? this.repo.byOperator(f) : Promise.resolve([]);
  }
}
