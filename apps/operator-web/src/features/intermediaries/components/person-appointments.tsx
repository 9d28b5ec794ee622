import { Loading, ProblemAlert } from '@opencpi/ui';
import { useFormatters } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDelegatedAppointments } from '../api/use-delegated-appointments';

/** The person's appointments, as they see them in their own area. */
export function PersonAppointments({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const headingId = useId();
  const appointments = useDelegatedAppointments(citizenId, true);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('intermediaries.acting.person.appointments')}</h2>
      {appointments.isPending ? (
        <Loading />
      ) : appointments.isError ? (
        <ProblemAlert error={appointments.error} onRetry={() => void appointments.refetch()} />
      ) : appointments.data.items.length === 0 ? (
        <p>{t('intermediaries.acting.person.noAppointments')}</p>
      ) : (
        <ul>
          {appointments.data.items.map((a) => (
            <li key={a.id}>{t('intermediaries.acting.person.appointment', { service: a.serviceName, date: f.date(a.localDate), time: a.localTime, office: a.officeName })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
