import type { CompanyResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRemoveCompanyMember } from '../api/use-company-members';
import { impresePaths } from '../imprese-paths';
import { CompanyMessages } from './company-messages';
import { InviteMemberForm } from './invite-member-form';

/** One company: data, status (pending and rejected explained), sites, members; an approved company's administrator manages the members; its messages with the CPI. */
export function CompanyProfile({ company }: { company: CompanyResponse }) {
  const { t } = useTranslation('citizen');
  const remove = useRemoveCompanyMember(company.id);
  const manages = company.status === 'approved' && company.canAdminister === true;
  return (
    <article className="section-block">
      <h2>{company.name}</h2>
      <dl className="row">
        <dt className="col-sm-4">{t('companies.profile.statusLabel')}</dt>
        <dd className="col-sm-8">{t(`companies.profile.status.${company.status}`)}</dd>
        <dt className="col-sm-4">{t('companies.profile.vatNumber')}</dt>
        <dd className="col-sm-8">{company.vatNumber}</dd>
        {company.fiscalCode && (
          <>
            <dt className="col-sm-4">{t('companies.profile.fiscalCode')}</dt>
            <dd className="col-sm-8">{company.fiscalCode}</dd>
          </>
        )}
        <dt className="col-sm-4">{t('companies.profile.atecoCode')}</dt>
        <dd className="col-sm-8">{company.atecoCode}</dd>
        {company.officeName && (
          <>
            <dt className="col-sm-4">{t('companies.profile.office')}</dt>
            <dd className="col-sm-8">{company.officeName}</dd>
          </>
        )}
      </dl>
      {company.status === 'pending' && <div className="alert alert-info">{t('companies.profile.pendingText')}</div>}
      {company.status === 'rejected' && <div className="alert alert-warning">{t('companies.profile.rejectedText', { reason: company.rejectionReason ?? '' })}</div>}
      {company.status === 'approved' && (
        <p>
          <Link to={impresePaths.vacancies} className="btn btn-outline-primary">
            {t('companies.profile.goToVacancies')}
          </Link>
        </p>
      )}
      <h3>{t('companies.profile.sites')}</h3>
      <ul>
        {company.sites.map((s) => (
          <li key={`${s.comuneIstat}-${s.address}`}>
            {s.address}, {s.comuneName ?? s.comuneIstat} {s.main ? t('companies.profile.main') : ''}
          </li>
        ))}
      </ul>
      <h3>{t('companies.profile.members')}</h3>
      <ul className="list-unstyled">
        {company.members.map((m) => (
          <li key={m.id} className="mb-2">
            {m.givenName} {m.familyName} ({m.fiscalCode}) · {m.admin ? t('companies.profile.admin') : t('companies.profile.member')}
            {manages && !m.admin && (
              <button type="button" className="btn btn-link btn-sm" disabled={remove.isPending} onClick={() => remove.mutate(m.id)}>
                {t('companies.profile.remove', { name: `${m.givenName} ${m.familyName}` })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {remove.isError && <ProblemAlert error={remove.error} />}
      {manages && <InviteMemberForm companyId={company.id} />}
      {company.status === 'approved' && <CompanyMessages companyId={company.id} />}
    </article>
  );
}
