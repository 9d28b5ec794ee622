import type { SurveyAnswerResponse } from '@opencpi/contracts';
import { ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawComment } from '../api/use-withdraw-comment';

/**
 * The answer as recorded: thanks (or "you had already answered: we keep the first"), the rating, the comment and the
 * button that withdraws it. Takes the focus when it replaces the form.
 */
export function SurveyAnswer({ token, answer, already, focusOnMount }: { token: string; answer: SurveyAnswerResponse; already: boolean; focusOnMount: boolean }) {
  const { t } = useTranslation('citizen');
  const withdraw = useWithdrawComment(token);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);

  return (
    <div ref={ref} tabIndex={-1}>
      <div className={`alert ${already ? 'alert-info' : 'alert-success'}`} role="status">
        {already ? t('surveys.answered.already') : t('surveys.answered.thanks')}
      </div>
      <p>{t('surveys.answered.yourRating', { rating: answer.rating })}</p>
      {answer.comment && (
        <>
          <p>{t('surveys.answered.yourComment', { comment: answer.comment })}</p>
          {withdraw.isError && <ProblemAlert error={withdraw.error} />}
          <button type="button" className="btn btn-outline-primary" aria-busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
            {withdraw.isPending ? t('surveys.answered.withdrawing') : t('surveys.answered.withdraw')}
          </button>
        </>
      )}
      <StatusMessage>{answer.commentWithdrawn ? <p className="mb-0">{t('surveys.answered.withdrawn')}</p> : undefined}</StatusMessage>
    </div>
  );
}
