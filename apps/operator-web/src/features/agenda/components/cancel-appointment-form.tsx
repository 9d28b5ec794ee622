import { OperatorCancelAppointmentBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, useDtoForm } from '@opencpi/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface CancelValues {
  reason: string;
}
const toBody = (v: CancelValues): OperatorCancelAppointmentBody => ({ reason: v.reason.trim() });

export interface CancelAppointmentFormProps {
  id: string;
  busy: boolean;
  /** the failed cancellation of this appointment, if any (its `/reason` error is shown on the field) */
  error: unknown;
  onCancel: (reason: string) => void;
}

/** The reason of an operator's cancellation, shown to the person (OperatorCancelAppointmentBody: 3–300 characters), and "Conferma annullamento". Focused when it opens. */
export function CancelAppointmentForm({ id, busy, error, onCancel }: CancelAppointmentFormProps) {
  const { t } = useTranslation('operator');
  const form = useDtoForm<CancelValues, OperatorCancelAppointmentBody>({ dto: OperatorCancelAppointmentBody, toBody, defaultValues: { reason: '' }, serverError: error });
  const { setFocus } = form;
  useEffect(() => setFocus('reason'), [setFocus]);

  return (
    <FormShell form={form} id={id} className="cancel-form" messages={() => t('agenda.calendar.cancelReasonRequired')} onValid={(values) => onCancel(toBody(values).reason)}>
      <FormTextareaField name="reason" label={t('agenda.calendar.cancelReason')} hint={t('agenda.calendar.cancelReasonHint')} required maxLength={300} rows={3} />
      <button type="submit" className="btn btn-sm btn-danger" disabled={busy} aria-busy={busy}>
        {t('agenda.calendar.confirmCancel')}
      </button>
    </FormShell>
  );
}
