import type { DidOverviewResponse } from '@opencpi/contracts';
import { RevokeDidBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useId } from 'react';
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

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('did.revoke.title')}</h2>
      <p>{t('did.revoke.intro')}</p>
      <FormShell
        form={form}
        messages={(field, type) => (field === 'reason' && type !== 'server' ? t('did.revoke.reasonRequired') : undefined)}
        onValid={(values) => {
          if (!revoke.isPending) revoke.mutate(toBody(values).reason, { onSuccess: onRevoked, onError: () => form.setFocus('reason') });
        }}
      >
        <FormTextareaField name="reason" label={t('did.revoke.reason')} rows={3} />
        {revoke.isError && <ProblemAlert error={revoke.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-outline-danger form-submit" aria-busy={revoke.isPending}>
            {revoke.isPending ? t('did.revoke.submitting') : t('did.revoke.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
