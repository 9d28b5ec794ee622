import type { EcoachItemResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { romeDay } from '../../patto/dates';
import { usePattoLabels } from '../../patto/hooks/use-patto-labels';
import { AlertList } from './alert-list';
import { PersonLink } from '../../citizens/components/person-link';

/** "Persone seguite": pathway, last activity, activities in the last 30 days, overdue actions, alerts, and a link to the activities. */
export function EcoachTable({ items, inactivityDays }: { items: readonly EcoachItemResponse[]; inactivityDays: number }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  if (items.length === 0) return <p>{t('ecoach.empty')}</p>;
  return (
    <DataTable caption={t('ecoach.caption')} className="ecoach-table">
      <thead>
        <tr>
          <th scope="col">{t('ecoach.columns.person')}</th>
          <th scope="col">{t('ecoach.columns.pathway')}</th>
          <th scope="col">{t('ecoach.columns.lastActivity')}</th>
          <th scope="col">{t('ecoach.columns.last30Days')}</th>
          <th scope="col">{t('ecoach.columns.overdueActions')}</th>
          <th scope="col">{t('ecoach.columns.alerts')}</th>
          <th scope="col">{t('ecoach.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.citizenId}>
            <th scope="row">
              <PersonLink citizenId={item.citizenId} className="d-block">
                {item.name}
              </PersonLink>
              <span className="d-block small fiscal-code text-muted-aa fw-normal">{item.fiscalCode}</span>
            </th>
            <td>{labels.pathway(item.pathway)}</td>
            <td className="text-nowrap">
              {item.lastActivityOn ? <time dateTime={romeDay(item.lastActivityOn)}>{f.date(romeDay(item.lastActivityOn), 'short')}</time> : t('ecoach.noActivity')}
            </td>
            <td>{item.activitiesLast30Days}</td>
            <td className={item.overdueActions > 0 ? 'fw-semibold' : undefined}>{item.overdueActions}</td>
            <td>
              <AlertList alerts={item.alerts} inactivityDays={inactivityDays} />
            </td>
            <td>
              <Link to={paths.ecoachPerson(item.citizenId)}>{t('ecoach.details', { name: item.name })}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
