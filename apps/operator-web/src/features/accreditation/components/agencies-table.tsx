import type { AccreditedAgencyResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { accreditationPaths } from '../accreditation-paths';

/** The region's agencies: name (a link), VAT number, accreditation number, status, validity, clients. */
export function AgenciesTable({ agencies }: { agencies: AccreditedAgencyResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  return (
    <div className="table-responsive">
      <table className="table">
        <caption>{t('accreditation.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('accreditation.list.columns.name')}</th>
            <th scope="col">{t('accreditation.list.columns.vatNumber')}</th>
            <th scope="col">{t('accreditation.list.columns.number')}</th>
            <th scope="col">{t('accreditation.list.columns.status')}</th>
            <th scope="col">{t('accreditation.list.columns.validity')}</th>
            <th scope="col">{t('accreditation.list.columns.clients')}</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.agencyId}>
              <th scope="row">
                <Link to={accreditationPaths.agency(a.agencyId)}>{a.name}</Link>
              </th>
              <td>{a.vatNumber}</td>
              <td>{a.accreditation?.number ?? t('accreditation.none')}</td>
              <td>{a.accreditation ? t(`accreditation.status.${a.accreditation.status}`) : '—'}</td>
              <td>
                {a.accreditation
                  ? t('accreditation.validity', {
                      from: f.date(a.accreditation.validFrom, 'short'),
                      until: a.accreditation.validUntil ? f.date(a.accreditation.validUntil, 'short') : t('accreditation.openEnded'),
                    })
                  : '—'}
              </td>
              <td>{a.clients.filter((c) => !c.revokedAt).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
