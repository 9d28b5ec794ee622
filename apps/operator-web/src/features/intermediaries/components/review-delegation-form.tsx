import { DELEGATION_DECISIONS, ReviewDelegationBody, type DelegationDecision } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, FormTextareaField, ProblemAlert, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useReviewDelegation } from '../api/use-review-delegation';

interface ReviewValues {
  decision: DelegationDecision;
  reason: string;
}
const defaults: ReviewValues = { decision: 'approve', reason: '' };
const toBody = (v: ReviewValues): ReviewDelegationBody => ({ decision: v.decision, ...(v.decision === 'reject' ? { reason: v.reason.trim() } : {}) });

/** Approve, or reject with a reason, one uploaded delegation (ReviewDelegationBody). `onDone` says what was decided. */
export function ReviewDelegationForm({ delegationId, onDone }: { delegationId: string; onDone: (decision: DelegationDecision) => void }) {
  const { t } = useTranslation('operator');
  const review = useReviewDelegation(delegationId);
  // the page says what was decided (`onDone`): the values are not reset
  const { form, submit } = useMutationForm({ dto: ReviewDelegationBody, toBody, defaults, mutation: review, onSaved: (_, values) => onDone(values.decision), reset: false });
  const messages: FieldMessages = (field, type) => (field === 'reason' && type !== 'server' ? t('intermediaries.review.reasonRequired') : undefined);
  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      <FormSelectField name="decision" label={t('intermediaries.review.decision')}>
        {DELEGATION_DECISIONS.map((d) => (
          <option key={d} value={d}>
            {t(`intermediaries.review.decisions.${d}`)}
          </option>
        ))}
      </FormSelectField>
      <FormTextareaField name="reason" label={t('intermediaries.review.reason')} hint={t('intermediaries.review.reasonHint')} rows={2} />
      {review.isError && <ProblemAlert error={review.error} />}
      <button type="submit" className="btn btn-primary" aria-busy={review.isPending}>
        {t('intermediaries.review.submit')}
      </button>
    </FormShell>
  );
}
