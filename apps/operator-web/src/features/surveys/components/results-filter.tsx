import { SATISFACTION_GROUP_BYS, SatisfactionResultsQuery, type SatisfactionGroupBy } from '@opencpi/contracts/browser';
import { FormDateField, FormSelectField, FormShell, useDtoForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

interface FilterValues {
  from: string;
  to: string;
  groupBy: SatisfactionGroupBy;
}
const toBody = (v: FilterValues): SatisfactionResultsQuery => ({ ...(v.from ? { from: v.from } : {}), ...(v.to ? { to: v.to } : {}), groupBy: v.groupBy });
const check: CrossCheck<FilterValues> = (v) => (v.from && v.to && v.from > v.to ? { to: 'order' } : {});

/** Period (from, to: days) and grouping of the results; applied on submit, checked on the shared DTO first. */
export function ResultsFilter({ value, onApply }: { value: SatisfactionResultsQuery; onApply: (q: SatisfactionResultsQuery) => void }) {
  const { t } = useTranslation('operator');
  const form = useDtoForm<FilterValues, SatisfactionResultsQuery>({
    dto: SatisfactionResultsQuery,
    toBody,
    defaultValues: { from: value.from ?? '', to: value.to ?? '', groupBy: value.groupBy ?? 'office' },
    serverError: undefined,
    check,
  });
  const messages: FieldMessages = (field, type) => (field === 'to' && type === 'order' ? t('surveys.filter.order') : undefined);
  return (
    <FormShell form={form} messages={messages} onValid={(v) => onApply(toBody(v))} aria-label={t('surveys.filter.label')}>
      <div className="row align-items-end">
        <div className="col-6 col-md-3">
          <FormDateField name="from" label={t('surveys.filter.from')} />
        </div>
        <div className="col-6 col-md-3">
          <FormDateField name="to" label={t('surveys.filter.to')} />
        </div>
        <div className="col-12 col-md-3">
          <FormSelectField name="groupBy" label={t('surveys.filter.groupBy')}>
            {SATISFACTION_GROUP_BYS.map((g) => (
              <option key={g} value={g}>
                {t(`surveys.groupBy.${g}`)}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-12 col-md-3 mb-3">
          <button type="submit" className="btn btn-primary">
            {t('surveys.filter.apply')}
          </button>
        </div>
      </div>
    </FormShell>
  );
}
