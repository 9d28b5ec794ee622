import type { AppointmentResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useActionsForMe } from '../api/use-actions-for-me';

/**
 * On /appuntamenti: which of my appointments were booked for me by whoever assists me (a patronato, CAF or
 * municipality under my delegation), and by whom. Nothing when none was.
 */
export function BookedByNote({ appointments }: { appointments: readonly AppointmentResponse[] }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const actions = useActionsForMe();
  const byId = new Map(appointments.map((a) => [a.id, a]));
  const booked = (actions.data?.items ?? []).filter((a) => a.action === 'appointment.booked' && a.refId && byId.has(a.refId));
  if (booked.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.bookedBy.title')}</h2>
      <ul>
        {booked.map((a) => {
          const appointment = byId.get(a.refId!)!;
          return (
            <li key={a.id}>
              {t('intermediaries.bookedBy.item', {
                service: appointment.serviceName,
                date: dates.day(appointment.localDate),
                time: appointment.localTime,
                delegateName: a.delegateName,
                organisationName: a.organisationName,
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
