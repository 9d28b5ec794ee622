import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useOfficeCompany } from '../../features/companies/api/use-office-company';
import { companiesPaths } from '../../features/companies/companies-paths';
import { CompanyMessages } from '../../features/companies/components/company-messages';
import { CompanyReviewForm } from '../../features/companies/components/company-review-form';

/** /imprese/:companyId: the company's data, sites and members; the review of a pending registration; an approved company's messages. */
export function CompanyRoute() {
  const { t } = useTranslation('operator');
  const { companyId = '' } = useParams();
  const company = useOfficeCompany(companyId);
  useDocumentTitle(company.data?.name ?? t('companies.list.title'));
  if (company.isPending) return <Loading />;
  if (company.isError) return <ProblemAlert error={company.error} onRetry={() => void company.refetch()} />;
  const c = company.data;
  return (
    <>
      <p>
        <Link to={companiesPaths.list}>{t('companies.detail.back')}</Link>
      </p>
      <h1>{c.name}</h1>
      <dl className="row">
        <dt className="col-sm-4">{t('companies.detail.statusLabel')}</dt>
        <dd className="col-sm-8">{t(`companies.status.${c.status}`)}</dd>
        <dt className="col-sm-4">{t('companies.detail.vatNumber')}</dt>
        <dd className="col-sm-8">{c.vatNumber}</dd>
        {c.fiscalCode && (
          <>
            <dt className="col-sm-4">{t('companies.detail.fiscalCode')}</dt>
            <dd className="col-sm-8">{c.fiscalCode}</dd>
          </>
        )}
        <dt className="col-sm-4">{t('companies.detail.atecoCode')}</dt>
        <dd className="col-sm-8">{c.atecoCode}</dd>
      </dl>
      {c.rejectionReason && <p>{t('companies.detail.rejectionReason', { reason: c.rejectionReason })}</p>}
      <h2>{t('companies.detail.sites')}</h2>
      <ul>
        {c.sites.map((s) => (
          <li key={`${s.comuneIstat}-${s.address}`}>
            {s.address}, {s.comuneName ?? s.comuneIstat} {s.main ? t('companies.detail.main') : ''}
          </li>
        ))}
      </ul>
      <h2>{t('companies.detail.members')}</h2>
      <ul>
        {c.members.map((m) => (
          <li key={m.id}>
            {m.givenName} {m.familyName} ({m.fiscalCode}){m.admin ? `, ${t('companies.detail.admin')}` : ''}
          </li>
        ))}
      </ul>
      <CompanyReviewForm company={c} />
      {c.status === 'approved' && <CompanyMessages companyId={c.id} />}
    </>
  );
}
