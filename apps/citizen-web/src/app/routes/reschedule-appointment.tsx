import { DataList, Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAgendaLabels } from '../../features/agenda/agenda-labels';
import { useMyAppointments } from '../../features/agenda/api/use-my-appointments';
import { RescheduleForm } from '../../features/agenda/components/reschedule-form';
import '../../features/agenda/agenda.css';

/** /appuntamenti/:appointmentId/sposta: the current appointment and the free slots of the same service, office and channel. */
export function RescheduleAppointmentRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('agenda.reschedule.title'));
  const { appointmentId } = useParams();
  const appointments = useMyAppointments();
  const labels = useAgendaLabels();
  const currentHeading = useId();
  const appointment = appointments.data?.items.find((a) => a.id === appointmentId);
  const movable = appointment && appointment.status === 'booked' && appointment.changeable && !appointment.convocationId;

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('agenda.reschedule.title')}</h1>
        {appointments.isPending ? (
          <Loading />
        ) : appointments.isError ? (
          <ProblemAlert error={appointments.error} onRetry={() => void appointments.refetch()} />
        ) : !appointment ? (
          <p>{t('agenda.reschedule.notFound')}</p>
        ) : (
          <>
            <p className="lead">{t('agenda.reschedule.intro')}</p>
            <section className="mb-4" aria-labelledby={currentHeading}>
              <h2 id={currentHeading} className="h4">
                {t('agenda.reschedule.current')}
              </h2>
              <DataList
                items={[
                  { label: t('agenda.fields.service'), value: appointment.serviceName },
                  { label: t('agenda.fields.day'), value: labels.day(appointment.localDate) },
                  { label: t('agenda.fields.time'), value: appointment.localTime },
                  { label: t('agenda.fields.office'), value: appointment.officeName },
                  { label: t('agenda.fields.channel'), value: labels.channel(appointment.channel) },
                ]}
              />
            </section>
            {movable ? <RescheduleForm appointment={appointment} /> : <p>{t('agenda.reschedule.notChangeable')}</p>}
          </>
        )}
        <p className="mt-4">
          <Link to="/appuntamenti">{t('agenda.book.back')}</Link>
        </p>
      </div>
    </div>
  );
}
