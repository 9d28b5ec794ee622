import { closeIvcIdentification } from '@opencpi/api-client';
import { CloseIdentificationBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcCaseStep } from '../api/use-ivc-case-step';

interface SummaryValues {
  summary: string;
}
const toBody = (v: SummaryValues): CloseIdentificationBody => ({ summary: v.summary.trim() });
const defaults: SummaryValues = { summary: '' };

/** "Chiudi l'individuazione": the summary printed on the documento di trasparenza (CloseIdentificationBody: 10 to 4000 characters). */
export function CloseIdentificationForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const close = useIvcCaseStep(caseId, closeIvcIdentification);
  const { form, submit } = useMutationForm({ dto: CloseIdentificationBody, toBody, defaults, mutation: close, onSaved: () => onDone(t('ivc.identification.done')) });
  const messages: FieldMessages = (field, type) => (field === 'summary' && type !== 'server' ? t('ivc.identification.summaryInvalid') : undefined);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.identification.title')}</h2>
      <p>{t('ivc.identification.intro')}</p>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormTextareaField name="summary" label={t('ivc.identification.summary')} hint={t('ivc.identification.summaryHint')} rows={4} />
        {close.isError && <ProblemAlert error={close.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={close.isPending}>
            {t('ivc.identification.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
