import type { DidOverviewResponse } from '@opencpi/contracts';
import { RevokeDidBody } from '@opencpi/contracts/browser';
import { ConfirmPanel, FormShell, FormTextareaField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevokeDid } from '../api/use-revoke-did';

interface RevokeValues {
  reason: string;
}
const toBody = (v: RevokeValues): RevokeDidBody => ({ reason: v.reason.trim() });

/** "Revoca la DID": "Motivo della revoca" (RevokeDidBody: 3–300 characters) and the button. */
export function DidRevokeForm({ onRevoked }: { onRevoked: (overview: DidOverviewResponse) => void }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const revoke = useRevokeDid();
  const form = useDtoForm<RevokeValues, RevokeDidBody>({ dto: RevokeDidBody, toBody, defaultValues: { reason: '' }, serverError: revoke.error });
  // a valid reason first opens the confirmation; only "Sì, revoca la DID" sends it
  const [confirming, setConfirming] = useState<string | null>(null);
  const send = (reason: string) =>
    revoke.mutate(reason, {
      onSuccess: onRevoked,
      onError: () => {
        setConfirming(null);
        setTimeout(() => form.setFocus('reason'), 0);
      },
    });

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.revoke.title')}</h2>
      <p>{t('did.revoke.intro')}</p>
      <FormShell
        form={form}
        messages={(field, type) => (field === 'reason' && type !== 'server' ? t('did.revoke.reasonRequired') : undefined)}
        onValid={(values) => {
          if (!revoke.isPending) setConfirming(toBody(values).reason);
        }}
      >
        <FormTextareaField name="reason" label={t('did.revoke.reason')} rows={3} />
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        {confirming === null ? (
          <div className="form-actions">
            <button type="submit" className="btn btn-outline-danger form-submit">
              {t('did.revoke.submit')}
            </button>
          </div>
        ) : (
          <ConfirmPanel
            question={t('did.revoke.confirmQuestion')}
            confirmLabel={t('did.revoke.confirm')}
            busyLabel={t('did.revoke.submitting')}
            cancelLabel={t('did.revoke.cancel')}
            busy={revoke.isPending}
            onConfirm={() => send(confirming)}
            onCancel={() => setConfirming(null)}
          >
            <p>{t('did.revoke.confirmText')}</p>
          </ConfirmPanel>
        )}
      </FormShell>
    </section>
  );
}
