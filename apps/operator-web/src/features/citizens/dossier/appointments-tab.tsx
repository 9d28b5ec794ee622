import type { AppointmentResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable, Loading, ProblemAlert } from '@opencpi/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useAgendaLabels } from '../../agenda/hooks/use-agenda-labels';

export interface AppointmentsTabProps {
  fiscalCode: string;
  appointments: UseQueryResult<{ items: AppointmentResponse[] }>;
}

/** "Appuntamenti": the person's appointments (agenda module), most recent first, and a way to convoke them. */
export function AppointmentsTab({ fiscalCode, appointments }: AppointmentsTabProps) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossierView.appointments.title')}</h2>
      <p>
        <Link to={paths.convoke({ fiscalCode })} className="btn btn-outline-primary">
          {t('dossier.convoke')}
        </Link>
      </p>
      {appointments.isPending ? (
        <Loading />
      ) : appointments.isError ? (
        <ProblemAlert error={appointments.error} onRetry={() => void appointments.refetch()} />
      ) : appointments.data.items.length === 0 ? (
        <p>{t('dossierView.appointments.empty')}</p>
      ) : (
        <DataTable caption={t('dossierView.appointments.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('dossierView.appointments.columns.when')}</th>
              <th scope="col">{t('dossierView.appointments.columns.service')}</th>
              <th scope="col">{t('dossierView.appointments.columns.channel')}</th>
              <th scope="col">{t('dossierView.appointments.columns.office')}</th>
              <th scope="col">{t('dossierView.appointments.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {appointments.data.items.map((a) => (
              <tr key={a.id}>
                <td className="text-nowrap">
                  <time dateTime={a.startsAt}>
                    {f.date(a.localDate)} {a.localTime}
                  </time>
                </td>
                <td>{a.serviceName}</td>
                <td>{labels.channel(a.channel)}</td>
                <td>{a.officeName}</td>
                <td>{labels.appointmentStatus(a.status)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
