import type { AppointmentResponse, AttendanceOutcome, CalendarResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelAppointment } from '../api/use-cancel-appointment';
import { useMoveAppointment } from '../api/use-move-appointment';
import { useRecordAttendance } from '../api/use-record-attendance';
import { CancelAppointmentForm } from './cancel-appointment-form';
import { MoveAppointmentForm } from './move-appointment-form';
import { AgendaWeekGrid } from './week-grid/agenda-week-grid';

export interface AgendaCalendarProps {
  calendar: CalendarResponse;
  /** first day shown (YYYY-MM-DD) and how many */
  from: string;
  days: number;
  showFree: boolean;
  /** the office shown (appointments are moved within it) */
  officeId: string;
  /** the search: only matching people's appointments */
  query?: string;
  /** the current instant (tests): attendance is offered only for appointments that have started */
  now?: number;
}

type Pending = { kind: 'cancel' | 'move'; appointment: AppointmentResponse; slotId: string };

/**
 * The agenda as a calendar grid (AgendaWeekGrid) with each booked appointment's actions menu. Cancelling and moving
 * open their form in a panel above the grid (focused); after any action the agenda is read again and the outcome
 * is announced (role="status").
 */
export function AgendaCalendar({ calendar, from, days, showFree, officeId, query = '', now }: AgendaCalendarProps) {
  const { t } = useTranslation('operator');
  const attendance = useRecordAttendance();
  const cancel = useCancelAppointment();
  const move = useMoveAppointment();
  const statusRef = useRef<HTMLDivElement>(null);
  const slotsRef = useRef<HTMLFieldSetElement>(null);
  const formId = useId();
  const [message, setMessage] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const busy = attendance.isPending || cancel.isPending || move.isPending;

  useEffect(() => {
    if (pending?.kind === 'move') slotsRef.current?.focus();
  }, [pending]);

  const reset = () => {
    setMessage(undefined);
    attendance.reset();
    cancel.reset();
    move.reset();
  };
  const announce = (text: string) => {
    setPending(undefined);
    setMessage(text);
    // the menu of the block is gone: keep keyboard users where the outcome is read
    statusRef.current?.focus();
  };

  const recordAttendance = (a: AppointmentResponse, outcome: AttendanceOutcome) => {
    reset();
    setPending(undefined);
    attendance.mutate({ appointmentId: a.id, outcome }, { onSuccess: () => announce(t('agenda.calendar.attendanceRecorded')) });
  };
  const open =
    (kind: Pending['kind']) =>
    (appointment: AppointmentResponse, slotId = '') => {
      reset();
      setPending({ kind, appointment, slotId });
    };
  const name = pending ? (pending.appointment.citizenName ?? pending.appointment.citizenFiscalCode ?? '') : '';

  return (
    <>
      <div ref={statusRef} role="status" tabIndex={-1} className="agenda-status">
        {message && <p className="alert alert-success mb-0">{message}</p>}
      </div>
      {attendance.error != null && <ProblemAlert error={attendance.error} />}
      {pending && (
        <section className="agenda-panel" aria-labelledby={`${formId}-title`}>
          <h2 id={`${formId}-title`} className="h5">
            {t('agendaGrid.panel', { name, time: pending.appointment.localTime })}
          </h2>
          {pending.kind === 'cancel' ? (
            <CancelAppointmentForm
              id={formId}
              busy={busy}
              error={cancel.error}
              onCancel={(reason) => cancel.mutate({ appointmentId: pending.appointment.id, reason }, { onSuccess: () => announce(t('agenda.calendar.cancelled')) })}
            />
          ) : (
            <MoveAppointmentForm
              ref={slotsRef}
              id={formId}
              appointment={pending.appointment}
              currentSlotId={pending.slotId}
              officeId={officeId}
              busy={busy}
              error={move.error}
              onMove={(slotId, onFailed) =>
                move.mutate({ appointmentId: pending.appointment.id, slotId }, { onSuccess: () => announce(t('agenda.calendar.moved')), onError: onFailed })
              }
              onClose={() => setPending(undefined)}
            />
          )}
          {pending.kind === 'cancel' && (
            <button type="button" className="btn btn-sm btn-outline-secondary mt-2" onClick={() => setPending(undefined)}>
              {t('agendaGrid.closePanel')}
            </button>
          )}
        </section>
      )}
      <AgendaWeekGrid
        calendar={calendar}
        from={from}
        days={days}
        showFree={showFree}
        query={query}
        busy={busy}
        now={now ?? Date.now()}
        onAttendance={recordAttendance}
        onCancel={(a) => open('cancel')(a)}
        onMove={(a, slotId) => open('move')(a, slotId)}
      />
    </>
  );
}
