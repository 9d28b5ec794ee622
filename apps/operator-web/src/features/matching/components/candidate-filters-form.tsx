import type { CandidateSearchParams } from '@opencpi/api-client';
import { CandidateSearchQuery } from '@opencpi/contracts/browser';
import { FormCheckboxField, FormShell, FormTextField, useDtoForm } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

interface FilterValues {
  minScore: string;
  onlyComplete: boolean;
}

/** The query as the API reads it: the minimum as written (CandidateSearchQuery turns whole numbers into numbers and refuses the rest). */
const toQuery = (v: FilterValues) => ({
  ...(v.minScore.trim() !== '' ? { minScore: v.minScore.trim() } : {}),
  ...(v.onlyComplete ? { onlyCompleteRequired: 'true' as const } : {}),
});
const toParams = (v: FilterValues): CandidateSearchParams => {
  const { minScore, ...rest } = toQuery(v);
  return { ...(minScore !== undefined ? { minScore: Number(minScore) } : {}), ...rest };
};

export interface CandidateFiltersFormProps {
  onFilter: (params: CandidateSearchParams) => void;
  /** the failed read of the candidates, if any (its `/minScore` error is shown on the field) */
  error: unknown;
}

/** "Filtra i candidati": minimum fit (0–100) and only people with every essential requirement (CandidateSearchQuery), "Aggiorna". */
export function CandidateFiltersForm({ onFilter, error }: CandidateFiltersFormProps) {
  const { t } = useTranslation('operator');
  const form = useDtoForm<FilterValues, CandidateSearchQuery>({
    dto: CandidateSearchQuery,
    toBody: toQuery,
    defaultValues: { minScore: '', onlyComplete: false },
    serverError: error,
  });

  return (
    <FormShell
      form={form}
      className="agenda-filters mb-3"
      aria-label={t('matching.candidates.filters')}
      messages={(field) => (field === 'minScore' ? t('matching.candidates.minScoreError') : undefined)}
      onValid={(values) => onFilter(toParams(values))}
    >
      <div className="row align-items-end">
        <div className="col-sm-6 col-md-4">
          <FormTextField name="minScore" type="number" label={t('matching.candidates.minScore')} min={0} max={100} step={1} inputMode="numeric" />
        </div>
        <div className="col-sm-6 col-md-5 mb-3">
          <FormCheckboxField name="onlyComplete" className="matching-check" label={t('matching.candidates.onlyCompleteRequired')} />
        </div>
        <div className="col-md-3 mb-3">
          <button type="submit" className="btn btn-outline-primary">
            {t('matching.candidates.refresh')}
          </button>
        </div>
      </div>
    </FormShell>
  );
}
