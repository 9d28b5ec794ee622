import type { CompanyResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { companyPath } from '../companies-paths';

/** A table of companies: name (a link to the company), partita IVA, status. */
export function CompaniesTable({ companies, caption }: { companies: CompanyResponse[]; caption: string }) {
  const { t } = useTranslation('operator');
  return (
    <div className="table-responsive">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('companies.list.columns.name')}</th>
            <th scope="col">{t('companies.list.columns.vatNumber')}</th>
            <th scope="col">{t('companies.list.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={companyPath(c.id)}>{c.name}</Link>
              </th>
              <td>{c.vatNumber}</td>
              <td>{t(`companies.status.${c.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
