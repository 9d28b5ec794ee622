import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCitizenOffices } from '../../features/agenda/api/use-citizen-offices';
import { useCitizenServiceTypes } from '../../features/agenda/api/use-citizen-service-types';
import { BookAppointmentForm } from '../../features/agenda/components/book-appointment-form';
import '../../features/agenda/agenda.css';

/** /appuntamenti/prenota: service, channel, office, day and time. */
export function BookAppointmentRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('agenda.book.title'));
  const serviceTypes = useCitizenServiceTypes();
  const offices = useCitizenOffices();

  return (
    <div className="row">
      <div className="col-lg-8">
        <h1>{t('agenda.book.title')}</h1>
        <p className="lead">{t('agenda.book.intro')}</p>
        {serviceTypes.isPending || offices.isPending ? (
          <Loading />
        ) : serviceTypes.isError ? (
          <ProblemAlert error={serviceTypes.error} onRetry={() => void serviceTypes.refetch()} />
        ) : offices.isError ? (
          <ProblemAlert error={offices.error} onRetry={() => void offices.refetch()} />
        ) : (
          <BookAppointmentForm serviceTypes={serviceTypes.data.items} offices={offices.data.items} />
        )}
        <p className="mt-4">
          <Link to="/appuntamenti">{t('agenda.book.back')}</Link>
        </p>
      </div>
    </div>
  );
}
