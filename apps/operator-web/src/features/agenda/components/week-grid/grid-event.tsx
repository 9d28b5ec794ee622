import type { AppointmentResponse, AttendanceOutcome } from '@opencpi/contracts';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../../../citizens/components/person-link';
import { isChannel, useAgendaLabels } from '../../hooks/use-agenda-labels';
import { AppointmentActions } from '../appointment-actions';
import { ChannelIcon } from './channel-legend';
import type { PlacedEvent } from './grid-layout';

export interface GridEventProps {
  event: PlacedEvent;
  /** minutes from midnight where the grid starts, and pixels per minute */
  origin: number;
  scale: number;
  /** show the operator on the block (week columns hold several operators) */
  withOperator: boolean;
  busy: boolean;
  now: number;
  onAttendance: (a: AppointmentResponse, outcome: AttendanceOutcome) => void;
  onCancel: (a: AppointmentResponse) => void;
  onMove: (a: AppointmentResponse, slotId: string) => void;
}

/**
 * One block of the grid, placed by its time (top and height) and lane (side by side with what it overlaps): the
 * time, the channel as colour AND icon and word, the person's name linking to the dossier, the status, and the
 * actions menu of a booked appointment. A free time is a lighter block.
 */
export function GridEvent({ event, origin, scale, withOperator, busy, now, onAttendance, onCancel, onMove }: GridEventProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const style: CSSProperties = {
    top: `${(event.start - origin) * scale}px`,
    height: `${Math.max(event.end - event.start, 20) * scale - 2}px`,
    left: `${(event.lane / event.lanes) * 100}%`,
    width: `${100 / event.lanes}%`,
  };
  const a = event.appointment;
  if (!a) {
    return (
      <li className="grid-event grid-event--free" style={style}>
        <span className="grid-event__time">{event.entry.localTime}</span> {t('agendaGrid.free')}
        <span className="visually-hidden">, {t('agendaGrid.freeLabel', { time: event.entry.localTime, operator: event.entry.operatorName })}</span>
      </li>
    );
  }
  const channel = isChannel(a.channel) ? a.channel : 'in_person';
  const name = a.citizenName ?? a.citizenFiscalCode ?? '';
  return (
    <li className={`grid-event grid-event--${channel} grid-event--${a.status}`} style={style} data-testid="grid-event">
      <div className="grid-event__head">
        <time className="grid-event__time" dateTime={a.startsAt}>
          {a.localTime}
        </time>
        <span className="grid-event__channel">
          <ChannelIcon channel={channel} />
          <span>{t(`agendaGrid.channelShort.${channel}`)}</span>
        </span>
        {a.status === 'booked' && (
          <AppointmentActions
            appointment={a}
            busy={busy}
            now={now}
            onAttendance={(outcome) => onAttendance(a, outcome)}
            onCancel={() => onCancel(a)}
            onMove={() => onMove(a, event.entry.slotId)}
          />
        )}
      </div>
      <PersonLink fiscalCode={a.citizenFiscalCode} className="grid-event__person">
        {name}
      </PersonLink>
      <span className="grid-event__meta">
        {a.serviceName || event.entry.serviceName}
        {withOperator && ` · ${t('agendaGrid.withOperator', { operator: event.entry.operatorName })}`}
        {' · '}
        {labels.appointmentStatus(a.status)}
        {a.recallAnswer && ` · ${t(`agenda.calendar.recall.${a.recallAnswer === 'coming' ? 'coming' : 'notComing'}`)}`}
      </span>
    </li>
  );
}
