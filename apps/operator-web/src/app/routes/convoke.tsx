import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useOperatorServiceTypes } from '../../features/agenda/api/use-operator-service-types';
import { useServiceAvailability } from '../../features/agenda/api/use-service-availability';
import { ConvocationForm } from '../../features/agenda/components/convocation-form';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';
import { paths } from '../paths';

/** /agenda/convoca?fiscalCode=&invitationId=&serviceType=&officeId= (all optional): convoke one person. */
export function ConvokeRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('agenda.convoke.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useStaffProfile();
  const initial = {
    fiscalCode: params.get('fiscalCode') ?? undefined,
    invitationId: params.get('invitationId') ?? undefined,
    serviceType: params.get('serviceType') ?? undefined,
    officeId: params.get('officeId') ?? undefined,
  };
  // with the office's availability, the form starts on a service that has a free time there
  const officeId = me.data?.offices.find((o) => o.id === initial.officeId)?.id ?? me.data?.offices[0]?.id;
  const available = useServiceAvailability(officeId);
  const plain = useOperatorServiceTypes();
  const services = officeId ? available : plain;

  return (
    <div className="row">
      <div className="col-lg-10 col-xl-9">
        <h1>{t('agenda.convoke.title')}</h1>
        <p className="lead">{t('agenda.convoke.intro')}</p>
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
          <ConvocationForm
            key={params.toString()}
            offices={me.data.offices}
            services={services.data.items}
            initial={initial}
            onCreated={(c) => void navigate(paths.convocation(c.id))}
          />
        )}
      </div>
    </div>
  );
}
