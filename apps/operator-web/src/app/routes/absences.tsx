import type { AvailabilityExceptionResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AffectedAppointments } from '../../features/agenda/components/affected-appointments';
import { AvailabilityExceptionForm } from '../../features/agenda/components/availability-exception-form';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { paths } from '../paths';

/**
 * /agenda/assenze: an absence of the operator or (managers) a closure of the whole office. Its free slots are
 * withdrawn at once; the appointments already booked in the period are listed, to be moved or cancelled.
 */
export function AbsencesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('agenda.absences.title'));
  const me = useStaffProfile();
  const [saved, setSaved] = useState<AvailabilityExceptionResponse | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);

  const onSaved = (exception: AvailabilityExceptionResponse) => {
    setSaved(exception);
    statusRef.current?.focus();
  };

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-8">
        <h1>{t('agenda.absences.title')}</h1>
        <p className="lead">{t('agenda.absences.intro')}</p>
        <div ref={statusRef} role="status" tabIndex={-1}>
          {saved && <p className="alert alert-success mb-2">{t('agenda.absences.saved', { count: saved.removedSlots })}</p>}
        </div>
        {saved && <AffectedAppointments appointments={saved.affected} agendaPath={paths.agenda} />}
        {me.isPending ? (
          <Loading />
        ) : me.isError ? (
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        ) : me.data.offices.length === 0 ? (
          <p>{t('agenda.noOffices')}</p>
        ) : (
          <AvailabilityExceptionForm offices={me.data.offices} canCloseOffice={me.data.role !== 'operator'} onSaved={onSaved} />
        )}
      </div>
    </div>
  );
}
