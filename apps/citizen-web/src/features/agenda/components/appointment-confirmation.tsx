import type { AppointmentResponse } from '@opencpi/contracts';
import { DataList } from '@opencpi/ui';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../agenda-labels';

/**
 * "Appuntamento confermato" after booking from an invitation link: day, time, office and channel, and that a
 * confirmation message was sent. `focusOnMount` right after booking (the form that had focus is gone).
 */
export function AppointmentConfirmation({ appointment, focusOnMount = false }: { appointment: AppointmentResponse | undefined; focusOnMount?: boolean }) {
  const { t } = useTranslation('citizen');
  const labels = useAgendaLabels();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  return (
    <section className="agenda-confirmation" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('agenda.invitation.confirmed')}
      </h2>
      {appointment && (
        <DataList
          items={[
            { label: t('agenda.fields.day'), value: labels.day(appointment.localDate) },
            { label: t('agenda.fields.time'), value: appointment.localTime },
            { label: t('agenda.fields.office'), value: appointment.officeName },
            { label: t('agenda.fields.channel'), value: labels.channel(appointment.channel) },
          ]}
        />
      )}
      <p>{t('agenda.invitation.messageSent')}</p>
      <p className="mb-0">{t('agenda.invitation.cantCome')}</p>
    </section>
  );
}
