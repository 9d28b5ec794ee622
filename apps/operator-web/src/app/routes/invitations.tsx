import type { InvitationListResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useConvocations } from '../../features/agenda/api/use-convocations';
import { useInvitations } from '../../features/agenda/api/use-invitations';
import { useOperatorServiceTypes } from '../../features/agenda/api/use-operator-service-types';
import { useServiceAvailability } from '../../features/agenda/api/use-service-availability';
import { ConvocationsTable } from '../../features/agenda/components/convocations-table';
import { InvitationForm } from '../../features/agenda/components/invitation-form';
import { InvitationsTable } from '../../features/agenda/components/invitations-table';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';

/** /agenda/inviti?fiscalCode= (optional, prefills the form): invite people to book; the office's invitations and convocations. */
export function InvitationsRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('agenda.invitations.title'));
  const [params] = useSearchParams();
  const initialFiscalCode = params.get('fiscalCode') ?? undefined;
  const me = useStaffProfile();
  const offices = me.data?.offices ?? [];
  const [chosenOfficeId, setChosenOfficeId] = useState('');
  const officeId = offices.some((o) => o.id === chosenOfficeId) ? chosenOfficeId : (offices[0]?.id ?? '');
  // with the office's availability, the form starts on a service that has a free time there
  const available = useServiceAvailability(officeId || undefined);
  const plain = useOperatorServiceTypes();
  const services = officeId ? available : plain;
  const invitations = useInvitations(officeId || undefined);
  const convocations = useConvocations(officeId || undefined);
  const [sentCount, setSentCount] = useState<number | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);
  const inviteId = useId();
  const sentId = useId();
  const convocationsId = useId();

  const onSent = (result: InvitationListResponse) => {
    setSentCount(result.items.length);
    statusRef.current?.focus();
  };

  return (
    <>
      <h1>{t('agenda.invitations.title')}</h1>
      <p className="lead">{t('agenda.invitations.intro')}</p>
      {me.isPending ? (
        <Loading />
      ) : me.isError ? (
        <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />
      ) : offices.length === 0 ? (
        <p>{t('agenda.noOffices')}</p>
      ) : (
        <>
          <section className="section-block" aria-labelledby={inviteId}>
            <h2 id={inviteId}>{t('agenda.invitations.invite.title')}</h2>
            <div ref={statusRef} role="status" tabIndex={-1}>
              {sentCount !== undefined && <p className="alert alert-success">{t('agenda.invitations.invite.sent', { count: sentCount })}</p>}
            </div>
            {services.isPending ? (
              <Loading />
            ) : services.isError ? (
              <ProblemAlert error={services.error} onRetry={() => void services.refetch()} />
            ) : services.data.items.length === 0 ? (
              <p>{t('agenda.noServices')}</p>
            ) : (
              <div className="row">
                <div className="col-lg-10 col-xl-8">
                  <InvitationForm
                    key={initialFiscalCode ?? ''}
                    initialFiscalCode={initialFiscalCode}
                    offices={offices}
                    services={services.data.items}
                    officeId={officeId}
                    onOfficeChange={(id) => {
                      setChosenOfficeId(id);
                      setSentCount(undefined);
                    }}
                    onSent={onSent}
                  />
                </div>
              </div>
            )}
          </section>

          <section className="section-block" aria-labelledby={sentId}>
            <h2 id={sentId}>{t('agenda.invitations.sentList.title')}</h2>
            {invitations.isPending ? (
              <Loading />
            ) : invitations.isError ? (
              <ProblemAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
            ) : (
              <InvitationsTable invitations={invitations.data.items} officeId={officeId} />
            )}
          </section>

          <section className="section-block" aria-labelledby={convocationsId}>
            <h2 id={convocationsId}>{t('agenda.invitations.convocations.title')}</h2>
            {convocations.isPending ? (
              <Loading />
            ) : convocations.isError ? (
              <ProblemAlert error={convocations.error} onRetry={() => void convocations.refetch()} />
            ) : (
              <ConvocationsTable convocations={convocations.data.items} />
            )}
          </section>
        </>
      )}
    </>
  );
}
