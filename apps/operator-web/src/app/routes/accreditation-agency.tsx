import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { accreditationPaths } from '../../features/accreditation/accreditation-paths';
import { useAccreditedAgency } from '../../features/accreditation/api/use-accredited-agency';
import { AccreditationForm } from '../../features/accreditation/components/accreditation-form';
import { AccreditationStatusForm } from '../../features/accreditation/components/accreditation-status-form';
import { AgencyClients } from '../../features/accreditation/components/agency-clients';
import { RegisterClientForm } from '../../features/accreditation/components/register-client-form';
import { useSession } from '../../features/auth/api/use-session';

/** /accreditamento/:agencyId: one agency's accreditation, status and clients; the region admin changes them. */
export function AccreditationAgencyRoute() {
  const { agencyId = '' } = useParams();
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const agency = useAccreditedAgency(agencyId);
  const session = useSession();
  const canChange = (session.data?.user?.roles ?? []).includes('region_admin');
  useDocumentTitle(agency.data?.name ?? t('accreditation.title'));
  if (agency.isPending) return <Loading />;
  if (agency.isError) return <ProblemAlert error={agency.error} onRetry={() => void agency.refetch()} />;
  const a = agency.data;
  const acc = a.accreditation;
  return (
    <>
      <p>
        <Link to={accreditationPaths.registry}>{t('accreditation.back')}</Link>
      </p>
      <h1>{a.name}</h1>
      <dl className="data-list">
        <dt>{t('accreditation.list.columns.vatNumber')}</dt>
        <dd>{a.vatNumber}</dd>
        <dt>{t('accreditation.list.columns.number')}</dt>
        <dd>{acc?.number ?? t('accreditation.none')}</dd>
        {acc && (
          <>
            <dt>{t('accreditation.list.columns.status')}</dt>
            <dd>
              {t(`accreditation.status.${acc.status}`)}
              {acc.reason ? ` (${acc.reason})` : ''}
              {acc.status === 'active' && !acc.effective ? ` ${t('accreditation.notEffective')}` : ''}
            </dd>
            <dt>{t('accreditation.list.columns.validity')}</dt>
            <dd>{t('accreditation.validity', { from: f.date(acc.validFrom), until: acc.validUntil ? f.date(acc.validUntil) : t('accreditation.openEnded') })}</dd>
            <dt>{t('accreditation.form.serviceCodes')}</dt>
            <dd>{acc.serviceCodes.join(', ') || '—'}</dd>
            <dt>{t('accreditation.form.areas')}</dt>
            <dd>{acc.areas.join(', ') || '—'}</dd>
          </>
        )}
      </dl>
      {canChange && acc && <AccreditationStatusForm agencyId={a.agencyId} current={acc.status} />}
      {canChange && acc?.status !== 'revoked' && <AccreditationForm key={acc?.updatedAt ?? 'new'} agencyId={a.agencyId} current={acc} />}
      <h2>{t('accreditation.clients.title')}</h2>
      <AgencyClients agencyId={a.agencyId} clients={a.clients} canChange={canChange} />
      {canChange && acc && <RegisterClientForm agencyId={a.agencyId} />}
    </>
  );
}
