import { ACCREDITATION_STATUSES, AccreditationStatusBody, type AccreditationStatus } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, FormTextareaField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetAccreditationStatus } from '../api/use-accreditation-mutations';

interface StatusValues {
  status: AccreditationStatus | '';
  reason: string;
}
const defaults = (): StatusValues => ({ status: '', reason: '' });
const toBody = (v: StatusValues): AccreditationStatusBody => ({ status: v.status as AccreditationStatus, reason: v.reason.trim() });

/** Suspend, reactivate or revoke an accreditation, with the reason (audited; the agency's tokens stop working at once). */
export function AccreditationStatusForm({ agencyId, current }: { agencyId: string; current: AccreditationStatus }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const change = useSetAccreditationStatus(agencyId);
  const { form, done, submit } = useMutationForm({ dto: AccreditationStatusBody, toBody, defaults, mutation: change });
  const messages: FieldMessages = (field) => (field === 'reason' ? t('accreditation.statusForm.reasonRequired') : undefined);
  if (current === 'revoked') return <p>{t('accreditation.statusForm.final')}</p>;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accreditation.statusForm.title')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('accreditation.statusForm.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormSelectField name="status" label={t('accreditation.statusForm.status')}>
          <option value="">{t('accreditation.statusForm.choose')}</option>
          {ACCREDITATION_STATUSES.filter((s) => s !== current).map((s) => (
            <option key={s} value={s}>
              {t(`accreditation.statusForm.actions.${s}`)}
            </option>
          ))}
        </FormSelectField>
        <FormTextareaField name="reason" label={t('accreditation.statusForm.reason')} rows={3} />
        {change.isError && <ProblemAlert error={change.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" aria-busy={change.isPending}>
            {t('accreditation.statusForm.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
