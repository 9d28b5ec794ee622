import type { AppointmentResponse, AttendanceOutcome } from '@opencpi/contracts';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '../../forms/components/textarea-field';
import { ATTENDANCE_OUTCOMES, useAgendaLabels } from '../hooks/use-agenda-labels';

export interface AppointmentActionsProps {
  appointment: AppointmentResponse;
  /** the cancel form of this appointment is open */
  cancelling: boolean;
  busy: boolean;
  onAttendance: (outcome: AttendanceOutcome) => void;
  onToggleCancel: () => void;
  onCancel: (reason: string) => void;
}

/**
 * The buttons of a booked appointment: the four attendance outcomes, and "Annulla", which opens the reason and
 * "Conferma annullamento". Each accessible name carries the person and the time ("Presente: Mario Rossi, 09:00").
 */
export function AppointmentActions({ appointment, cancelling, busy, onAttendance, onToggleCancel, onCancel }: AppointmentActionsProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const formId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const name = appointment.citizenName ?? appointment.citizenFiscalCode ?? '';
  const time = appointment.localTime;
  const ariaLabel = (action: string) => t('agenda.calendar.actionLabel', { action, name, time });

  useEffect(() => {
    if (cancelling) reasonRef.current?.focus();
    else {
      setReason('');
      setReasonError(undefined);
    }
  }, [cancelling]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = reason.trim();
    if (text.length < 3 || text.length > 300) {
      setReasonError(t('agenda.calendar.cancelReasonRequired'));
      reasonRef.current?.focus();
      return;
    }
    setReasonError(undefined);
    onCancel(text);
  };

  return (
    <>
      <div className="appointment-actions">
        {ATTENDANCE_OUTCOMES.map((outcome) => {
          const label = labels.appointmentStatus(outcome);
          return (
            <button
              key={outcome}
              type="button"
              className={`btn btn-sm ${outcome === 'attended' ? 'btn-primary' : 'btn-outline-primary'}`}
              aria-label={ariaLabel(label)}
              disabled={busy}
              onClick={() => onAttendance(outcome)}
            >
              {label}
            </button>
          );
        })}
        <button
          type="button"
          className="btn btn-sm btn-outline-danger"
          aria-label={ariaLabel(t('agenda.calendar.cancel'))}
          aria-expanded={cancelling}
          aria-controls={cancelling ? formId : undefined}
          disabled={busy}
          onClick={onToggleCancel}
        >
          {t('agenda.calendar.cancel')}
        </button>
      </div>
      {cancelling && (
        <form id={formId} className="cancel-form" onSubmit={submit} noValidate>
          <TextareaField
            ref={reasonRef}
            label={t('agenda.calendar.cancelReason')}
            hint={t('agenda.calendar.cancelReasonHint')}
            error={reasonError}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            maxLength={300}
            rows={3}
          />
          <button type="submit" className="btn btn-sm btn-danger" disabled={busy} aria-busy={busy}>
            {t('agenda.calendar.confirmCancel')}
          </button>
        </form>
      )}
    </>
  );
}
