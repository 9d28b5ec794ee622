import type { VacancySearchParams } from '@opencpi/api-client';
import { CheckboxField, SelectField, TextField } from '@opencpi/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';
import { CONTRACT_TYPES, VACANCY_HOURS } from '../matching-options';

/**
 * The filters of /offerte (role="search"): keyword, contract, hours and "only within my distance" (on by default).
 * The list changes only on "Filtra".
 */
export function VacancyFilters({ value, onFilter }: { value: VacancySearchParams; onFilter: (params: VacancySearchParams) => void }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const [q, setQ] = useState(value.q ?? '');
  const [contractType, setContractType] = useState(value.contractType ?? '');
  const [hours, setHours] = useState(value.hours ?? '');
  const [withinReach, setWithinReach] = useState(value.withinReach !== 'false');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onFilter({
      ...(q.trim() ? { q: q.trim() } : {}),
      ...(contractType ? { contractType } : {}),
      ...(hours ? { hours } : {}),
      withinReach: withinReach ? 'true' : 'false',
    });
  };

  return (
    <form role="search" aria-label={t('matching.vacancies.filters.label')} className="vacancy-filters" onSubmit={submit} noValidate>
      <div className="vacancy-filters__fields">
        <TextField label={t('matching.vacancies.filters.keyword')} value={q} maxLength={60} onChange={(e) => setQ(e.target.value)} />
        <SelectField label={t('matching.vacancies.filters.contract')} value={contractType} onChange={(e) => setContractType(e.target.value)}>
          <option value="">{t('matching.vacancies.filters.all')}</option>
          {CONTRACT_TYPES.map((c) => (
            <option key={c} value={c}>
              {labels.contract(c)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('matching.vacancies.filters.hours')} value={hours} onChange={(e) => setHours(e.target.value)}>
          <option value="">{t('matching.vacancies.filters.all')}</option>
          {VACANCY_HOURS.map((h) => (
            <option key={h} value={h}>
              {labels.hours(h)}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxField label={t('matching.vacancies.filters.withinReach')} checked={withinReach} onChange={(e) => setWithinReach(e.target.checked)} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit">
          {t('matching.vacancies.filters.submit')}
        </button>
      </div>
    </form>
  );
}
