import { ApiProblem } from '@opencpi/api-client';
import type { VacancyResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { usePublishOperatorVacancy } from '../api/use-publish-operator-vacancy';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { VacancyFlagList } from './vacancy-details';

/**
 * "Pubblica l'offerta" for a draft. A 422 VACANCY_FLAGGED lists what has to be corrected: the vacancy's flags
 * (read again after the refusal) or, until they arrive, the field errors of the answer.
 */
export function PublishVacancy({ vacancy, onPublished }: { vacancy: VacancyResponse; onPublished: () => void }) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const publish = usePublishOperatorVacancy(vacancy.id);
  const flagged = publish.error instanceof ApiProblem && publish.error.code === 'VACANCY_FLAGGED' ? publish.error : undefined;

  return (
    <div className="mt-4">
      <p>{t('matching.vacancy.publish.hint')}</p>
      {publish.isError && (
        <ProblemAlert error={publish.error}>
          {flagged && (
            <div className="mt-2">
              <p className="mb-1">{t('matching.vacancy.publish.flagged')}</p>
              {vacancy.flags.length > 0 ? (
                <VacancyFlagList vacancy={vacancy} />
              ) : (
                <ul>
                  {flagged.errors.map((e, i) => (
                    <li key={`${e.pointer}-${i}`}>
                      {labels.field(e.pointer.replace(/^\//, ''))}: {e.detail}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </ProblemAlert>
      )}
      <button
        type="button"
        className="btn btn-primary"
        disabled={publish.isPending}
        aria-busy={publish.isPending}
        onClick={() => publish.mutate(undefined, { onSuccess: onPublished })}
      >
        {t('matching.vacancy.publish.submit')}
      </button>
    </div>
  );
}
