import type { AppointmentResponse, AttendanceOutcome } from '@opencpi/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_OUTCOMES, useAgendaLabels } from '../hooks/use-agenda-labels';
import { CancelAppointmentForm } from './cancel-appointment-form';
import { MoveAppointmentForm } from './move-appointment-form';

export interface AppointmentActionsProps {
  appointment: AppointmentResponse;
  /** the slot the appointment is in, and the agenda's office (where it can be moved) */
  slotId: string;
  officeId: string;
  /** the cancel form of this appointment is open */
  cancelling: boolean;
  /** the move form of this appointment is open */
  moving: boolean;
  busy: boolean;
  /** the failed move of this appointment, if any */
  moveError: unknown;
  /** the failed cancellation of this appointment, if any */
  cancelError?: unknown;
  onAttendance: (outcome: AttendanceOutcome) => void;
  onToggleCancel: () => void;
  onCancel: (reason: string) => void;
  onToggleMove: () => void;
  /** `onFailed` is called if the move fails */
  onMove: (slotId: string, onFailed: () => void) => void;
}

/**
 * The buttons of a booked appointment: the four attendance outcomes, "Annulla", which opens the reason and
 * "Conferma annullamento", and "Sposta", which opens the free slots ("Nuovo orario") and "Conferma lo spostamento".
 * Each accessible name carries the person and the time ("Presente: Mario Rossi, 09:00").
 */
export function AppointmentActions({
  appointment,
  slotId,
  officeId,
  cancelling,
  moving,
  busy,
  moveError,
  cancelError,
  onAttendance,
  onToggleCancel,
  onCancel,
  onToggleMove,
  onMove,
}: AppointmentActionsProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const formId = useId();
  const moveFormId = useId();
  const slotsRef = useRef<HTMLFieldSetElement>(null);
  const moveButtonRef = useRef<HTMLButtonElement>(null);
  const name = appointment.citizenName ?? appointment.citizenFiscalCode ?? '';
  const time = appointment.localTime;
  const ariaLabel = (action: string) => t('agenda.calendar.actionLabel', { action, name, time });

  useEffect(() => {
    if (moving) slotsRef.current?.focus();
  }, [moving]);

  const closeMove = () => {
    onToggleMove();
    moveButtonRef.current?.focus();
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
        <button
          ref={moveButtonRef}
          type="button"
          className="btn btn-sm btn-outline-primary"
          aria-label={ariaLabel(t('agenda.calendar.move'))}
          aria-expanded={moving}
          aria-controls={moving ? moveFormId : undefined}
          disabled={busy}
          onClick={onToggleMove}
        >
          {t('agenda.calendar.move')}
        </button>
      </div>
      {cancelling && <CancelAppointmentForm id={formId} busy={busy} error={cancelError} onCancel={onCancel} />}
      {moving && (
        <MoveAppointmentForm
          ref={slotsRef}
          id={moveFormId}
          appointment={appointment}
          currentSlotId={slotId}
          officeId={officeId}
          busy={busy}
          error={moveError}
          onMove={onMove}
          onClose={closeMove}
        />
      )}
    </>
  );
}
