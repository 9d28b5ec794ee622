import { Injectable } from '@nestjs/common';
import type { KpiFilter, KpiGroup } from '../../../platform/kpi/kpi-query';
import { CondizionalitaKpiRepository, type CaseKpiRow } from './condizionalita-kpi.repository';

export type { CaseKpiRow } from './condizionalita-kpi.repository';

/** What condizionalita tells the monitoring module (issue 16): cases opened by month and breach, from its own view. */
@Injectable()
export class CondizionalitaKpiService {
  constructor(private readonly repo: CondizionalitaKpiRepository) {}

  refresh(): Promise<void> {
    return this.repo.refresh();
  }
  cases(f: KpiFilter, by: KpiGroup): Promise<CaseKpiRow[]> {
    return f.officeIds.length ? this.repo.cases(f, by) : Promise.resolve([]);
  }
}
