import type { IvcCaseSummaryResponse } from '@opencpi/contracts';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIvcDates } from '../hooks/use-ivc-dates';
import { ivcPaths } from '../ivc-paths';
import { PersonLink } from '../../citizens/components/person-link';

/** Requests for validation: who (a link to their dossier), the qualification, when, the state, who guides and assesses, "Apri". */
export function IvcCasesTable({ items, caption, empty }: { items: readonly IvcCaseSummaryResponse[]; caption: string; empty: string }) {
  const { t } = useTranslation('operator');
  const day = useIvcDates();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <DataTable caption={caption} className="worklist-table">
      <thead>
        <tr>
          <th scope="col">{t('ivc.cases.columns.person')}</th>
          <th scope="col">{t('ivc.cases.columns.qualification')}</th>
          <th scope="col">{t('ivc.cases.columns.requestedAt')}</th>
          <th scope="col">{t('ivc.cases.columns.state')}</th>
          <th scope="col">{t('ivc.cases.columns.people')}</th>
          <th scope="col">{t('ivc.cases.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <PersonLink citizenId={item.citizenId}>{item.citizenName}</PersonLink>
            </th>
            <td>
              {item.qualificationTitle} <span className="small text-nowrap">({item.qualificationCode})</span>
            </td>
            <td className="text-nowrap">
              <time dateTime={item.requestedAt}>{day(item.requestedAt, 'short')}</time>
            </td>
            <td>{t(`ivc.states.${item.state as 'requested'}`)}</td>
            <td className="small">
              {item.guideName && <span className="d-block">{t('ivc.cases.guide', { name: item.guideName })}</span>}
              {item.assessorName && <span className="d-block">{t('ivc.cases.assessor', { name: item.assessorName })}</span>}
            </td>
            <td>
              <Link to={ivcPaths.case(item.id)} aria-label={t('ivc.cases.openLabel', { name: item.citizenName })}>
                {t('ivc.cases.open')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
