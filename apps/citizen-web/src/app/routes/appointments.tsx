import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { readAgendaNotice } from '../../features/agenda/agenda-notice';
import { useMyAppointments } from '../../features/agenda/api/use-my-appointments';
import { useMyConvocations } from '../../features/agenda/api/use-my-convocations';
import { AppointmentList, ConvocationsSection } from '../../features/agenda/components/appointment-list';
import { BookedByNote } from '../../features/delegations/components/booked-by-note';
import '../../features/agenda/agenda.css';
import { RateServiceBlock } from '../../features/surveys/components/rate-service-block';

/** /appuntamenti: my convocations and appointments, "Prenota un appuntamento", and what the last booking or move did. */
export function AppointmentsRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('agenda.list.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const appointments = useMyAppointments();
  const convocations = useMyConvocations();
  const appointmentsHeading = useId();

  // "Appuntamento confermato" / "spostato", passed by the page we come from: shown once (not again on reload)
  const [notice] = useState(() => readAgendaNotice(location.state));
  useEffect(() => {
    if (readAgendaNotice(location.state)) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location, navigate]);

  return (
    <>
      <h1>{t('agenda.list.title')}</h1>
      {notice && (
        <div className="alert alert-success" role="status">
          <p className="fw-semibold mb-1">{t(notice === 'booked' ? 'agenda.list.booked' : 'agenda.list.rescheduled')}</p>
          <p className="mb-0">{t(notice === 'booked' ? 'agenda.list.bookedText' : 'agenda.list.rescheduledText')}</p>
        </div>
      )}
      <p className="lead">{t('agenda.list.intro')}</p>
      <p>
        <Link to="/appuntamenti/prenota" className="btn btn-primary">
          {t('agenda.list.book')}
        </Link>
      </p>

      {convocations.isError ? (
        <ProblemAlert error={convocations.error} onRetry={() => void convocations.refetch()} />
      ) : convocations.data ? (
        <ConvocationsSection convocations={convocations.data.items} />
      ) : null}

      <section className="section-block" aria-labelledby={appointmentsHeading}>
        <h2 id={appointmentsHeading}>{t('agenda.appointments.title')}</h2>
        {appointments.isPending ? (
          <Loading />
        ) : appointments.isError ? (
          <ProblemAlert error={appointments.error} onRetry={() => void appointments.refetch()} />
        ) : (
          <AppointmentList appointments={appointments.data.items} />
        )}
      </section>
      {appointments.data && <BookedByNote appointments={appointments.data.items} />}
      <RateServiceBlock serviceKind="appointment" />
    </>
  );
}
