import type { AppointmentResponse, ConvocationResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppointmentCard } from './appointment-card';
import { ConvocationCard } from './convocation-card';

/** A moved appointment leaves behind a cancelled one with this reason: the new one stands for both, so it is not listed. */
const RESCHEDULED = 'rescheduled';

/** Section "Convocazioni" (nothing when there are none). */
export function ConvocationsSection({ convocations }: { convocations: readonly ConvocationResponse[] }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  if (convocations.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agenda.convocations.title')}</h2>
      <p>{t('agenda.convocations.intro')}</p>
      <ul className="agenda-list">
        {convocations.map((c) => (
          <li key={c.id}>
            <ConvocationCard convocation={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The list of "Appuntamenti", or "Non hai appuntamenti.". */
export function AppointmentList({ appointments }: { appointments: readonly AppointmentResponse[] }) {
  const { t } = useTranslation('citizen');
  const shown = appointments.filter((a) => !(a.status === 'cancelled' && a.cancelReason === RESCHEDULED));
  if (shown.length === 0) return <p>{t('agenda.appointments.empty')}</p>;
  return (
    <ul className="agenda-list">
      {shown.map((a) => (
        <li key={a.id}>
          <AppointmentCard appointment={a} />
        </li>
      ))}
    </ul>
  );
}
