import type { AvailabilityRuleResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOperatorServiceTypes } from '../../features/agenda/api/use-operator-service-types';
import { AvailabilityForm } from '../../features/agenda/components/availability-form';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { paths } from '../paths';

/** /agenda/disponibilita: a new weekly availability of the operator; its slots are published at once. */
export function AvailabilityRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('agenda.availability.title'));
  const me = useStaffProfile();
  const services = useOperatorServiceTypes();
  const [saved, setSaved] = useState<AvailabilityRuleResponse | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);

  const onSaved = (rule: AvailabilityRuleResponse) => {
    setSaved(rule);
    statusRef.current?.focus();
  };

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-8">
        <h1>{t('agenda.availability.title')}</h1>
        <p className="lead">{t('agenda.availability.intro')}</p>
        <div ref={statusRef} role="status" tabIndex={-1}>
          {saved && <p className="alert alert-success mb-2">{t('agenda.availability.saved', { count: saved.slotsPublished })}</p>}
        </div>
        {saved && (
          <p>
            <Link to={paths.agenda}>{t('agenda.availability.goToAgenda')}</Link>
          </p>
        )}
        {me.isPending || services.isPending ? (
          <Loading />
        ) : me.isError ? (
          <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
        ) : services.isError ? (
          <ProblemAlert error={services.error} onRetry={() => void services.refetch()} />
        ) : me.data.offices.length === 0 ? (
          <p>{t('agenda.noOffices')}</p>
        ) : services.data.items.length === 0 ? (
          <p>{t('agenda.noServices')}</p>
        ) : (
          <AvailabilityForm offices={me.data.offices} services={services.data.items} onSaved={onSaved} />
        )}
      </div>
    </div>
  );
}
