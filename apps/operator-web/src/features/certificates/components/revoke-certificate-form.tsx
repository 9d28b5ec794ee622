import { RevokeCertificateBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useRevokeCertificate } from '../api/use-revoke-certificate';

interface RevokeValues {
  reason: string;
}
const toBody = (v: RevokeValues): RevokeCertificateBody => ({ reason: v.reason.trim() });

/** The reason (RevokeCertificateBody: 5 to 500 characters), then the revocation. */
export function RevokeCertificateForm({ citizenId, certificateId, onDone, onCancel }: { citizenId: string; certificateId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('operator');
  const revoke = useRevokeCertificate(citizenId);
  const form = useDtoForm<RevokeValues, RevokeCertificateBody>({ dto: RevokeCertificateBody, toBody, defaultValues: { reason: '' }, serverError: revoke.error });
  const messages: FieldMessages = (field, type) => (field === 'reason' && type !== 'server' ? t('certificates.revoke.reasonInvalid') : undefined);
  const submit = async (v: RevokeValues) => {
    if (revoke.isPending) return;
    if (await revoke.mutateAsync({ certificateId, reason: toBody(v).reason }).catch(() => undefined)) onDone();
  };
  return (
    <FormShell form={form} messages={messages} onValid={submit}>
      <FormTextareaField name="reason" label={t('certificates.revoke.reason')} hint={t('certificates.revoke.reasonHint')} rows={2} />
      {revoke.isError && <ProblemAlert error={revoke.error} />}
      <div className="form-actions d-flex gap-2">
        <button type="submit" className="btn btn-danger btn-sm" aria-busy={revoke.isPending}>
          {t('certificates.revoke.submit')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
          {t('certificates.revoke.cancel')}
        </button>
      </div>
    </FormShell>
  );
}
