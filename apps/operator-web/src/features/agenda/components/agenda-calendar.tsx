import type { AppointmentResponse, AttendanceOutcome, CalendarEntryResponse, CalendarResponse } from '@opencpi/contracts';
import { DataTable, ProblemAlert } from '@opencpi/ui';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelAppointment } from '../api/use-cancel-appointment';
import { useMoveAppointment } from '../api/use-move-appointment';
import { useRecordAttendance } from '../api/use-record-attendance';
import { dateRange } from '../dates';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';
import { AppointmentActions } from './appointment-actions';

/** Statuses that keep a seat taken (a cancellation, even a late one, frees it). */
const SEAT_TAKING = new Set(['booked', 'attended', 'absent', 'absent_justified']);

/** Seats of a slot still free. */
const freeSeats = (e: CalendarEntryResponse) => Math.max(0, e.capacity - e.appointments.filter((a) => SEAT_TAKING.has(a.status)).length);

const byTime = (a: CalendarEntryResponse, b: CalendarEntryResponse) => a.localTime.localeCompare(b.localTime) || a.operatorName.localeCompare(b.operatorName);

export interface AgendaCalendarProps {
  calendar: CalendarResponse;
  /** first day shown (YYYY-MM-DD) and how many */
  from: string;
  days: number;
  showFree: boolean;
  /** the office shown (appointments are moved within it) */
  officeId: string;
}

/**
 * The agenda, one section per day (h2 with the long date): how many times are free, then a table with one row per
 * appointment (and per free time when asked). Booked appointments have the attendance, cancel and move buttons;
 * after any of them the agenda is read again and the outcome is announced (role="status").
 */
export function AgendaCalendar({ calendar, from, days, showFree, officeId }: AgendaCalendarProps) {
  const { t } = useTranslation('operator');
  const longDate = useLongDate();
  const attendance = useRecordAttendance();
  const cancel = useCancelAppointment();
  const move = useMoveAppointment();
  const statusRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<string | undefined>();
  const [cancellingId, setCancellingId] = useState<string | undefined>();
  const [movingId, setMovingId] = useState<string | undefined>();
  const busy = attendance.isPending || cancel.isPending || move.isPending;
  const error = attendance.error ?? cancel.error;

  const byDay = new Map<string, CalendarEntryResponse[]>();
  for (const entry of calendar.items) byDay.set(entry.localDate, [...(byDay.get(entry.localDate) ?? []), entry]);
  const shownDays = [...new Set([...dateRange(from, days), ...byDay.keys()])].sort();

  const announce = (text: string) => {
    setMessage(text);
    // the buttons of the row are gone: keep keyboard users where the outcome is read
    statusRef.current?.focus();
  };

  const recordAttendance = (appointmentId: string, outcome: AttendanceOutcome) => {
    setMessage(undefined);
    cancel.reset();
    move.reset();
    attendance.mutate({ appointmentId, outcome }, { onSuccess: () => announce(t('agenda.calendar.attendanceRecorded')) });
  };

  const cancelAppointment = (appointmentId: string, reason: string) => {
    setMessage(undefined);
    attendance.reset();
    move.reset();
    cancel.mutate(
      { appointmentId, reason },
      {
        onSuccess: () => {
          setCancellingId(undefined);
          announce(t('agenda.calendar.cancelled'));
        },
      },
    );
  };

  const moveAppointment = (appointmentId: string, slotId: string, onFailed: () => void) => {
    setMessage(undefined);
    attendance.reset();
    cancel.reset();
    move.mutate(
      { appointmentId, slotId },
      {
        onSuccess: () => {
          setMovingId(undefined);
          announce(t('agenda.calendar.moved'));
        },
        onError: onFailed,
      },
    );
  };

  return (
    <>
      <div ref={statusRef} role="status" tabIndex={-1} className="agenda-status">
        {message && <p className="alert alert-success mb-0">{message}</p>}
      </div>
      {error && <ProblemAlert error={error} />}
      {shownDays.map((date) => (
        <AgendaDay
          key={date}
          title={longDate(date)}
          entries={[...(byDay.get(date) ?? [])].sort(byTime)}
          showFree={showFree}
          renderActions={(a, entry) =>
            a.status === 'booked' ? (
              <AppointmentActions
                appointment={a}
                slotId={entry.slotId}
                officeId={officeId}
                cancelling={cancellingId === a.id}
                moving={movingId === a.id}
                busy={busy}
                moveError={movingId === a.id ? move.error : null}
                cancelError={cancellingId === a.id ? cancel.error : null}
                onAttendance={(outcome) => recordAttendance(a.id, outcome)}
                onToggleCancel={() => {
                  cancel.reset();
                  setMovingId(undefined);
                  setCancellingId((id) => (id === a.id ? undefined : a.id));
                }}
                onCancel={(reason) => cancelAppointment(a.id, reason)}
                onToggleMove={() => {
                  move.reset();
                  setCancellingId(undefined);
                  setMovingId((id) => (id === a.id ? undefined : a.id));
                }}
                onMove={(slotId, onFailed) => moveAppointment(a.id, slotId, onFailed)}
              />
            ) : null
          }
        />
      ))}
    </>
  );
}

interface AgendaDayProps {
  /** "lunedì 30 novembre 2026" */
  title: string;
  entries: readonly CalendarEntryResponse[];
  showFree: boolean;
  renderActions: (appointment: AppointmentResponse, entry: CalendarEntryResponse) => ReactNode;
}

function AgendaDay({ title, entries, showFree, renderActions }: AgendaDayProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const headingId = useId();
  const freeCount = entries.filter((e) => freeSeats(e) > 0).length;
  const rows = entries.flatMap((entry) => [
    ...entry.appointments.map((appointment) => ({ kind: 'appointment' as const, entry, appointment })),
    ...(showFree && freeSeats(entry) > 0 ? [{ kind: 'free' as const, entry }] : []),
  ]);

  return (
    <section className="agenda-day section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {entries.length > 0 && <p className="agenda-day__free">{t('agenda.calendar.freeCount', { count: freeCount })}</p>}
      {rows.length === 0 ? (
        <p>{t('agenda.calendar.empty')}</p>
      ) : (
        <DataTable caption={t('agenda.calendar.caption', { date: title })} className="agenda-table">
          <thead>
            <tr>
              <th scope="col">{t('agenda.calendar.columns.time')}</th>
              <th scope="col">{t('agenda.calendar.columns.operator')}</th>
              <th scope="col">{t('agenda.calendar.columns.service')}</th>
              <th scope="col">{t('agenda.calendar.columns.person')}</th>
              <th scope="col">{t('agenda.calendar.columns.channel')}</th>
              <th scope="col">{t('agenda.calendar.columns.status')}</th>
              <th scope="col">{t('agenda.calendar.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.kind === 'appointment' ? (
                <tr key={row.appointment.id}>
                  <th scope="row">
                    <time dateTime={row.appointment.startsAt}>{row.appointment.localTime}</time>
                  </th>
                  <td>{row.entry.operatorName}</td>
                  <td>{row.appointment.serviceName || row.entry.serviceName}</td>
                  <td>
                    <span className="d-block">{row.appointment.citizenName ?? row.appointment.citizenFiscalCode}</span>
                    {row.appointment.citizenName && row.appointment.citizenFiscalCode && (
                      <span className="d-block small fiscal-code text-muted-aa">{row.appointment.citizenFiscalCode}</span>
                    )}
                  </td>
                  <td>{labels.channel(row.appointment.channel)}</td>
                  <td>
                    {labels.appointmentStatus(row.appointment.status)}
                    {row.appointment.recallAnswer && (
                      <span className="d-block small">{t(`agenda.calendar.recall.${row.appointment.recallAnswer === 'coming' ? 'coming' : 'notComing'}`)}</span>
                    )}
                  </td>
                  <td>{renderActions(row.appointment, row.entry)}</td>
                </tr>
              ) : (
                <tr key={`${row.entry.slotId}-free`} className="agenda-table__free">
                  <th scope="row">
                    <time dateTime={row.entry.startsAt}>{row.entry.localTime}</time>
                  </th>
                  <td>{row.entry.operatorName}</td>
                  <td>{row.entry.serviceName}</td>
                  <td>{t('agenda.calendar.free')}</td>
                  <td />
                  <td />
                  <td />
                </tr>
              ),
            )}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
