import type { VacancySearchParams } from '@opencpi/api-client';
import { VacancySearchQuery } from '@opencpi/contracts/browser';
import { FormCheckboxField, FormSelectField, FormShell, FormTextField, useDtoForm } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';
import { CONTRACT_TYPES, VACANCY_HOURS } from '../matching-options';

interface FilterValues {
  q: string;
  contractType: string;
  hours: string;
  withinReach: boolean;
}
const toParams = (v: FilterValues): VacancySearchParams => ({
  ...(v.q.trim() ? { q: v.q.trim() } : {}),
  ...(v.contractType ? { contractType: v.contractType } : {}),
  ...(v.hours ? { hours: v.hours } : {}),
  withinReach: v.withinReach ? 'true' : 'false',
});

/**
 * The filters of /offerte (role="search"): keyword, contract, hours and "only within my distance" (on by default),
 * checked by VacancySearchQuery; `serverError`, the list's failed request, puts its field errors (`/q`) on the fields.
 * The list changes only on "Filtra".
 */
export function VacancyFilters({ value, onFilter, serverError }: { value: VacancySearchParams; onFilter: (params: VacancySearchParams) => void; serverError?: unknown }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const form = useDtoForm<FilterValues, VacancySearchQuery>({
    dto: VacancySearchQuery,
    toBody: toParams,
    defaultValues: { q: value.q ?? '', contractType: value.contractType ?? '', hours: value.hours ?? '', withinReach: value.withinReach !== 'false' },
    serverError,
  });

  return (
    <FormShell form={form} onValid={(values) => onFilter(toParams(values))} role="search" aria-label={t('matching.vacancies.filters.label')} className="vacancy-filters">
      <div className="vacancy-filters__fields">
        <FormTextField name="q" label={t('matching.vacancies.filters.keyword')} />
        <FormSelectField name="contractType" label={t('matching.vacancies.filters.contract')}>
          <option value="">{t('matching.vacancies.filters.all')}</option>
          {CONTRACT_TYPES.map((c) => (
            <option key={c} value={c}>
              {labels.contract(c)}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField name="hours" label={t('matching.vacancies.filters.hours')}>
          <option value="">{t('matching.vacancies.filters.all')}</option>
          {VACANCY_HOURS.map((h) => (
            <option key={h} value={h}>
              {labels.hours(h)}
            </option>
          ))}
        </FormSelectField>
      </div>
      <FormCheckboxField name="withinReach" label={t('matching.vacancies.filters.withinReach')} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit">
          {t('matching.vacancies.filters.submit')}
        </button>
      </div>
    </FormShell>
  );
}
