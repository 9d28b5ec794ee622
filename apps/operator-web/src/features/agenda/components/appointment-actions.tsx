import type { AppointmentResponse, AttendanceOutcome } from '@opencpi/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_OUTCOMES, useAgendaLabels } from '../hooks/use-agenda-labels';

export interface AppointmentActionsProps {
  appointment: AppointmentResponse;
  busy: boolean;
  /** the instant the grid was drawn: attendance is offered only for appointments that have started */
  now: number;
  onAttendance: (outcome: AttendanceOutcome) => void;
  onCancel: () => void;
  onMove: () => void;
}

/** Outcomes that need the appointment to have started (a late cancellation is recorded before it). */
const NEEDS_START = new Set<AttendanceOutcome>(['attended', 'absent', 'absent_justified']);

/**
 * The compact actions of a booked appointment: one "Azioni: Mario Rossi, 09:00" button opening a small menu
 * (disclosure): the attendance outcomes once it has started, "Annulla" and "Sposta" (which open their form in the
 * agenda's panel). Each item's accessible name carries the person and the time ("Presente: Mario Rossi, 09:00");
 * Escape closes the menu and gives the focus back to its button.
 */
export function AppointmentActions({ appointment, busy, now, onAttendance, onCancel, onMove }: AppointmentActionsProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const name = appointment.citizenName ?? appointment.citizenFiscalCode ?? '';
  const time = appointment.localTime;
  const ariaLabel = (action: string) => t('agenda.calendar.actionLabel', { action, name, time });
  const started = new Date(appointment.startsAt).getTime() <= now;
  const outcomes = ATTENDANCE_OUTCOMES.filter((o) => started || !NEEDS_START.has(o));

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && !buttonRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const choose = (action: () => void) => {
    setOpen(false);
    action();
  };

  return (
    <div
      className="appointment-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-xs appointment-menu__toggle"
        aria-label={t('agendaGrid.menu', { name, time })}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="appointment-menu__list">
          {outcomes.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className="dropdown-item"
              aria-label={ariaLabel(labels.appointmentStatus(outcome))}
              onClick={() => choose(() => onAttendance(outcome))}
            >
              {labels.appointmentStatus(outcome)}
            </button>
          ))}
          {!started && <p className="appointment-menu__note small mb-1">{t('agendaGrid.notStarted')}</p>}
          <button type="button" className="dropdown-item" aria-label={ariaLabel(t('agenda.calendar.move'))} onClick={() => choose(onMove)}>
            {t('agenda.calendar.move')}
          </button>
          <button type="button" className="dropdown-item" aria-label={ariaLabel(t('agenda.calendar.cancel'))} onClick={() => choose(onCancel)}>
            {t('agenda.calendar.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
