import { Loading, OfficeDetails, ProblemAlert, RegistryDataList, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useCitizenAuditTrail } from '../../features/citizens/api/use-citizen-audit-trail';
import { useCitizenDossier } from '../../features/citizens/api/use-citizen-dossier';
import { AuditTrailTable } from '../../features/citizens/components/audit-trail-table';
import { CitizenCertificatesSection } from '../../features/certificates/components/citizen-certificates-section';
import { CitizenImportsSection } from '../../features/portability/components/citizen-imports-section';
import { paths } from '../paths';

/** /cittadini/:citizenId: registry data, the CPI, and the person's access log. */
export function CitizenDossierRoute() {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const { citizenId = '' } = useParams();
  const location = useLocation();
  const backSearch = (location.state as { search?: string } | null)?.search ?? '';
  const dossier = useCitizenDossier(citizenId);
  const audit = useCitizenAuditTrail(citizenId, { enabled: dossier.isSuccess });
  const citizen = dossier.data?.citizen;
  const title = citizen ? t('dossier.title', { name: `${citizen.givenName} ${citizen.familyName}` }) : t('dossier.fallbackTitle');
  useDocumentTitle(title);
  const dataId = useId();
  const officeId = useId();
  const auditId = useId();

  return (
    <>
      <nav className="breadcrumb-container" aria-label={t('dossier.breadcrumb')}>
        <ol className="breadcrumb p-0">
          <li className="breadcrumb-item">
            <Link to={`/cittadini${backSearch}`}>{t('search.title')}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {title}
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>

      {dossier.isPending ? (
        <Loading />
      ) : dossier.isError ? (
        <>
          <ProblemAlert error={dossier.error} />
          <Link to={`/cittadini${backSearch}`}>{t('dossier.back')}</Link>
        </>
      ) : (
        <>
          <p className="d-flex flex-wrap gap-3">
            <Link to={paths.pathway(citizenId)} className="btn btn-primary">
              {t('dossier.pathway')}
            </Link>
            <Link to={paths.convoke({ fiscalCode: dossier.data.citizen.fiscalCode })} className="btn btn-outline-primary">
              {t('dossier.convoke')}
            </Link>
          </p>
          <div className="row g-5 mt-0">
            <section className="col-lg-7" aria-labelledby={dataId}>
              <h2 id={dataId}>{tc('registry.personalData')}</h2>
              <RegistryDataList person={dossier.data.citizen} />
            </section>
            <section className="col-lg-5" aria-labelledby={officeId}>
              <h2 id={officeId}>{t('dossier.office.title')}</h2>
              {dossier.data.citizen.office ? <OfficeDetails office={dossier.data.citizen.office} headingLevel={3} /> : <p>{t('dossier.office.missing')}</p>}
            </section>
          </div>

          <CitizenCertificatesSection citizenId={citizenId} />
          <CitizenImportsSection citizenId={citizenId} />

          <section className="section-block" aria-labelledby={auditId}>
            <h2 id={auditId}>{t('dossier.audit.title')}</h2>
            <p>{t('dossier.audit.intro')}</p>
            {audit.isPending ? (
              <Loading />
            ) : audit.isError ? (
              <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />
            ) : (
              <AuditTrailTable events={audit.data.items} />
            )}
          </section>
        </>
      )}
    </>
  );
}
