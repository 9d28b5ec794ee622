import { NudgeBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNudgeCitizen } from '../api/use-nudge-citizen';

interface NudgeValues {
  message: string;
}
const toBody = (v: NudgeValues): NudgeBody => (v.message.trim() ? { message: v.message.trim() } : {});

/** "Promemoria gentile": an optional message (NudgeBody: at most 500 characters), sent with "Invia un promemoria gentile". */
export function NudgeForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const nudge = useNudgeCitizen(citizenId);
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [sent, setSent] = useState(false);
  const form = useDtoForm<NudgeValues, NudgeBody>({ dto: NudgeBody, toBody, defaultValues: { message: '' }, serverError: nudge.error });

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ecoach.person.nudge.title')}</h2>
      <p>{t('ecoach.person.nudge.intro')}</p>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {sent && <p className="alert alert-success">{t('ecoach.person.nudge.sent')}</p>}
      </div>
      <FormShell
        form={form}
        messages={() => t('ecoach.person.nudge.error')}
        onValid={(values) => {
          setSent(false);
          nudge.mutate(toBody(values).message, {
            onSuccess: () => {
              form.reset({ message: '' });
              setSent(true);
              statusRef.current?.focus();
            },
          });
        }}
      >
        {nudge.isError && <ProblemAlert error={nudge.error} />}
        <FormTextareaField name="message" label={t('ecoach.person.nudge.message')} hint={t('ecoach.person.nudge.messageHint')} rows={3} />
        <button type="submit" className="btn btn-primary" disabled={nudge.isPending} aria-busy={nudge.isPending}>
          {t('ecoach.person.nudge.submit')}
        </button>
      </FormShell>
    </section>
  );
}
