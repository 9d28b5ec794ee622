import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useOfficeCompanies } from '../../features/companies/api/use-office-companies';
import { CompaniesTable } from '../../features/companies/components/companies-table';
import { ContactRequestsQueue } from '../../features/companies/components/contact-requests-queue';

/** /imprese: the registrations to check, every company of my offices (by main site), the contact requests to forward. */
export function CompaniesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('companies.list.title'));
  const companies = useOfficeCompanies();
  const items = companies.data?.items ?? [];
  const pending = items.filter((c) => c.status === 'pending');
  return (
    <>
      <h1>{t('companies.list.title')}</h1>
      <p className="lead">{t('companies.list.intro')}</p>
      {companies.isPending ? (
        <Loading />
      ) : companies.isError ? (
        <ProblemAlert error={companies.error} onRetry={() => void companies.refetch()} />
      ) : (
        <>
          <h2>{t('companies.list.pending')}</h2>
          {pending.length === 0 ? <p>{t('companies.list.noPending')}</p> : <CompaniesTable companies={pending} caption={t('companies.list.pending')} />}
          <h2>{t('companies.list.all')}</h2>
          <CompaniesTable companies={items} caption={t('companies.list.all')} />
        </>
      )}
      <ContactRequestsQueue />
    </>
  );
}
