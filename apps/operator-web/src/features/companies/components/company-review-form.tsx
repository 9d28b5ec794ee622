import type { CompanyDecision, CompanyResponse } from '@opencpi/contracts';
import { ReviewCompanyBody } from '@opencpi/contracts/browser';
import { FormRadioGroup, FormShell, FormTextareaField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewCompany } from '../api/use-review-company';

interface ReviewValues {
  decision: CompanyDecision | undefined;
  reason: string;
}
const toBody = (v: ReviewValues): ReviewCompanyBody => ({ decision: v.decision as CompanyDecision, ...(v.reason.trim() ? { reason: v.reason.trim() } : {}) });

/** "Esito della verifica" of a pending company: approve, or reject with the reason the company will read. */
export function CompanyReviewForm({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const review = useReviewCompany(company.id);
  // the status says which decision was saved; the company is no longer pending, so the form goes
  const [decided, setDecided] = useState<CompanyDecision | undefined>();
  const { form, done, submit } = useMutationForm({
    dto: ReviewCompanyBody,
    toBody,
    defaults: { decision: undefined, reason: '' },
    mutation: review,
    onSaved: (_, values) => setDecided(values.decision),
    reset: false,
  });
  const messages: FieldMessages = (field, type) => (field === 'reason' && type !== 'server' ? t('companies.review.reasonRequired') : undefined);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('companies.review.title')}</h2>
      <StatusMessage>
        {done && decided ? <p>{t(decided === 'approve' ? 'companies.review.approved' : 'companies.review.rejected', { name: company.name })}</p> : undefined}
      </StatusMessage>
      {company.status === 'pending' && (
        <FormShell form={form} messages={messages} onValid={submit}>
          <FormRadioGroup<CompanyDecision>
            name="decision"
            legend={t('companies.review.decision')}
            options={[
              { value: 'approve', label: t('companies.review.approve') },
              { value: 'reject', label: t('companies.review.reject') },
            ]}
          />
          <FormTextareaField name="reason" label={t('companies.review.reason')} rows={3} />
          {review.isError && <ProblemAlert error={review.error} />}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary form-submit" aria-busy={review.isPending}>
              {t('companies.review.submit')}
            </button>
          </div>
        </FormShell>
      )}
    </section>
  );
}
