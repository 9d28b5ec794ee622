import { ClosePattoBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClosePatto } from '../api/use-close-patto';

interface CloseValues {
  reason: string;
}
const toBody = (v: CloseValues): ClosePattoBody => ({ reason: v.reason.trim() });

/** "Chiudi il patto", with the reason (ClosePattoBody: 3–300 characters). */
export function ClosePattoForm({ pattoId, onClosed }: { pattoId: string; onClosed: () => void }) {
  const { t } = useTranslation('operator');
  const close = useClosePatto(pattoId);
  const sectionId = useId();
  const headingId = useId();
  const form = useDtoForm<CloseValues, ClosePattoBody>({ dto: ClosePattoBody, toBody, defaultValues: { reason: '' }, serverError: close.error });

  return (
    <section className="section-block" aria-labelledby={sectionId}>
      <h2 id={sectionId}>{t('patto.close.section')}</h2>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('patto.close.title')}</h3>
        <FormShell form={form} messages={() => t('patto.close.error')} onValid={(values) => close.mutate(toBody(values).reason, { onSuccess: onClosed })}>
          {close.isError && <ProblemAlert error={close.error} />}
          <FormTextareaField name="reason" label={t('patto.close.reason')} hint={t('patto.close.reasonHint')} rows={3} />
          <button type="submit" className="btn btn-outline-danger" disabled={close.isPending} aria-busy={close.isPending}>
            {t('patto.close.submit')}
          </button>
        </FormShell>
      </section>
    </section>
  );
}
