import { Injectable } from '@nestjs/common';
import type { KpiFilter, KpiGroup } from '../../../platform/kpi/kpi-query';
import { MatchingKpiRepository, type TimeToFillRow, type VacancyKpiRow } from './matching-kpi.repository';

export type { TimeToFillRow, VacancyKpiRow } from './matching-kpi.repository';

/**
 * What matching tells the monitoring module (issue 16), from `matching.kpi_vacancies_monthly`: vacancies of the CPI
 * published by month of publication, filled by month of the first hire recorded on an application, and the median
 * days from publication to that hire. Vacancies with no office are not counted.
 */
@Injectable()
export class MatchingKpiService {
  constructor(private readonly repo: MatchingKpiRepository) {}

  refresh(): Promise<void> {
    return this.repo.refresh();
  }
  vacancies(f: KpiFilter, by: KpiGroup): Promise<VacancyKpiRow[]> {
    return f.officeIds.length ? this.repo.vacancies(f, by) : Promise.resolve([]);
  }
  timeToFill(f: KpiFilter, by: KpiGroup): Promise<TimeToFillRow[]> {
    return f.officeIds.length ? this.repo.timeToFill(f, by) : Promise.resolve([]);
  }
}
