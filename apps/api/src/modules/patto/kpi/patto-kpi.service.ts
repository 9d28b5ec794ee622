import { Injectable } from '@nestjs/common';
import type { KpiFilter, KpiGroup } from '../../../platform/kpi/kpi-query';
import { PattoKpiRepository, type DidKpiRow, type MedianKpiRow, type PattiKpiRow } from './patto-kpi.repository';

export type { DidKpiRow, MedianKpiRow, PattiKpiRow } from './patto-kpi.repository';

/**
 * What the patto module tells the monitoring module (issue 16), from its own views: DIDs by month of filing with the
 * first contact against the deadline stored with the DID (from `patto.legal_parameters`), patti by month of first
 * signature × GOL pathway × responsible operator, and the median days from the DID to the patto. No person is named.
 */
@Injectable()
export class PattoKpiService {
  constructor(private readonly repo: PattoKpiRepository) {}

  refresh(): Promise<void> {
    return this.repo.refresh();
  }
  dids(f: KpiFilter, by: KpiGroup): Promise<DidKpiRow[]> {
    return f.officeIds.length ? this.repo.dids(f, by) : Promise.resolve([]);
  }
  patti(f: KpiFilter, by: KpiGroup): Promise<PattiKpiRow[]> {
    return f.officeIds.length ? this.repo.patti(f, by) : Promise.resolve([]);
  }
  timeToPatto(f: KpiFilter, by: KpiGroup): Promise<MedianKpiRow[]> {
    return f.officeIds.length ? this.repo.timeToPatto(f, by) : Promise.resolve([]);
  }
  pattiByStaff(f: KpiFilter): Promise<{ staffId: string; patti: number }[]> {
    return f.officeIds.length ? this.repo.pattiByStaff(f) : Promise.resolve([]);
  }
}
