import type { AppointmentResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { useAgendaLabels } from '../../agenda/agenda-labels';
import { useMyAppointments } from '../../agenda/api/use-my-appointments';
import { StatusCard, type CardAction } from './status-card';

/** The first booked appointment that has not ended yet (the agenda module's list), or undefined. */
export function nextAppointment(items: readonly AppointmentResponse[], now: Date = new Date()): AppointmentResponse | undefined {
  return items.filter((a) => a.status === 'booked' && new Date(a.endsAt).getTime() > now.getTime()).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

/** The next appointment: day, time, office, channel, with "Sposta" and "Annulla" while it can still be changed online. */
export function NextAppointmentCard() {
  const { t } = useTranslation('citizen');
  const labels = useAgendaLabels();
  const appointments = useMyAppointments();
  const next = appointments.data ? nextAppointment(appointments.data.items) : undefined;
  const day = next ? labels.day(next.localDate) : '';
  const secondary: CardAction[] =
    next?.changeable && !next.convocationId
      ? [
          {
            to: generatePath('/appuntamenti/:appointmentId/sposta', { appointmentId: next.id }),
            label: t('home.appointment.move'),
            ariaLabel: t('home.appointment.moveLabel', { day }),
          },
          { to: '/appuntamenti', label: t('home.appointment.cancel'), ariaLabel: t('home.appointment.cancelLabel', { day }) },
        ]
      : [];
  return (
    <StatusCard
      title={t('home.appointment.title')}
      query={appointments}
      action={next ? undefined : { to: '/appuntamenti/prenota', label: t('home.appointment.book') }}
      secondary={secondary}
    >
      {next ? (
        <>
          <p className="fw-semibold mb-1">{t('home.appointment.when', { day, time: next.localTime })}</p>
          <p className="mb-1">{next.serviceName}</p>
          <p>{t('home.appointment.where', { office: next.officeName, channel: labels.channel(next.channel) })}</p>
          {secondary.length === 0 && <p className="small">{t('home.appointment.notChangeable')}</p>}
        </>
      ) : (
        <p>{t('home.appointment.none')}</p>
      )}
    </StatusCard>
  );
}
