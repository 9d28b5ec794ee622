import { ConfirmAction, StatusMessage } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAlreadyApplied, useApplyToVacancy } from '../api/use-apply-to-vacancy';

/**
 * "Candidati a questa offerta", then a confirmation that says what the company will see. Once sent, "Candidatura inviata." in a status box (focus moves there, the button
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
          <ConfirmAction
            triggerLabel={t('matching.vacancy.apply')}
            triggerClassName="btn btn-primary"
            tone="primary"
            question={t('matching.vacancy.applyQuestion')}
            confirmLabel={t('matching.vacancy.applyConfirm')}
            busyLabel={t('matching.vacancy.applying')}
            cancelLabel={t('matching.vacancy.applyCancel')}
            busy={apply.isPending}
            error={apply.isError ? apply.error : undefined}
            onConfirm={() => apply.mutate(vacancyId, { onSuccess: () => setJustApplied(true) })}
            onCancel={() => apply.reset()}
          >
            <p className="mb-1">{t('matching.vacancy.applyPreviewTitle')}</p>
            <ul>
              {(t('matching.vacancy.applyPreview', { returnObjects: true }) as string[]).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </ConfirmAction>
        </>
      )}
    </div>
  );
}
