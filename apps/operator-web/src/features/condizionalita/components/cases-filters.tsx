import type { OfficeResponse } from '@opencpi/contracts';
import { SelectField } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { BENEFITS, CASE_SORTS, CASE_STATES, isOneOf, type Benefit, type CaseSortOption } from '../condizionalita-options';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import type { CaseState } from '@opencpi/contracts';

export interface CaseFilterValues {
  state: CaseState | '';
  officeId: string;
  benefit: Benefit | '';
  sort: CaseSortOption;
}

/** State, office, benefit and order of the worklist: every change reloads it (from the first page). */
export function CasesFilters({ value, offices, onChange }: { value: CaseFilterValues; offices: readonly OfficeResponse[]; onChange: (value: CaseFilterValues) => void }) {
  const { t } = useTranslation('operator');
  const labels = useCondizionalitaLabels();
  const set = <K extends keyof CaseFilterValues>(key: K, v: CaseFilterValues[K]) => onChange({ ...value, [key]: v });
  return (
    <form className="agenda-filters mb-4" aria-label={t('condizionalita.worklist.filters.title')} onSubmit={(e) => e.preventDefault()} noValidate>
      <div className="row">
        <div className="col-md-6 col-lg-3">
          <SelectField
            label={t('condizionalita.worklist.filters.state')}
            value={value.state}
            onChange={(e) => set('state', isOneOf(CASE_STATES, e.target.value) ? e.target.value : '')}
          >
            <option value="">{t('condizionalita.worklist.filters.all')}</option>
            {CASE_STATES.map((s) => (
              <option key={s} value={s}>
                {labels.state(s)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <SelectField label={t('condizionalita.worklist.filters.office')} value={value.officeId} onChange={(e) => set('officeId', e.target.value)}>
            <option value="">{t('condizionalita.worklist.filters.all')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <SelectField
            label={t('condizionalita.worklist.filters.benefit')}
            value={value.benefit}
            onChange={(e) => set('benefit', isOneOf(BENEFITS, e.target.value) ? e.target.value : '')}
          >
            <option value="">{t('condizionalita.worklist.filters.all')}</option>
            {BENEFITS.map((b) => (
              <option key={b} value={b}>
                {labels.benefit(b)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <SelectField
            label={t('condizionalita.worklist.filters.sort')}
            value={value.sort}
            onChange={(e) => set('sort', isOneOf(CASE_SORTS, e.target.value) ? e.target.value : 'deadline')}
          >
            {CASE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`condizionalita.worklist.filters.sorts.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
    </form>
  );
}
