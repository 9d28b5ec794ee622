import { ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAlreadyApplied, useApplyToVacancy } from '../api/use-apply-to-vacancy';

/**
 * "Candidati a questa offerta". Once sent, "Candidatura inviata." in a status box (focus moves there, the button
 * is gone) and the text "Hai già inviato la candidatura." in place of the button, as when the page opens with an
 * application already sent.
 */
export function ApplyToVacancy({ vacancyId, applied }: { vacancyId: string; applied: boolean }) {
  const { t } = useTranslation('citizen');
  const apply = useApplyToVacancy();
  const [justApplied, setJustApplied] = useState(false);
  const done = applied || justApplied || isAlreadyApplied(apply.error);

  return (
    <div className="vacancy-apply">
      <StatusMessage focus>{justApplied ? <p>{t('matching.vacancy.applied')}</p> : undefined}</StatusMessage>
      {done ? (
        <p className="fw-semibold">{t('matching.vacancy.alreadyApplied')}</p>
      ) : (
        <>
          {apply.isError && <ProblemAlert error={apply.error} />}
          <button
            type="button"
            className="btn btn-primary"
            aria-busy={apply.isPending}
            onClick={() => {
              if (apply.isPending) return;
              apply.mutate(vacancyId, { onSuccess: () => setJustApplied(true) });
            }}
          >
            {apply.isPending ? t('matching.vacancy.applying') : t('matching.vacancy.apply')}
          </button>
        </>
      )}
    </div>
  );
}
