import type { WorklistItemResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { romeDay } from '../dates';
import { usePattoLabels } from '../hooks/use-patto-labels';
import { PersonLink } from '../../citizens/components/person-link';

/**
 * "Persone da contattare": who, which office, when the DID was filed, the benefit, the contact deadline and how late
 * (or how close) it is, the channel the person chose, and links to open the person, invite or convoke them.
 */
export function WorklistTable({ items }: { items: readonly WorklistItemResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();

  const stateText = (item: WorklistItemResponse) => {
    if (item.state === 'overdue') return t('worklist.overdue', { count: Math.abs(item.daysOverdue) });
    const left = Math.max(0, -item.daysOverdue);
    return left === 0 ? t('worklist.dueToday') : t('worklist.due', { count: left });
  };

  if (items.length === 0) return <p>{t('worklist.empty')}</p>;
  return (
    <DataTable caption={t('worklist.caption')} className="worklist-table">
      <thead>
        <tr>
          <th scope="col">{t('worklist.columns.person')}</th>
          <th scope="col">{t('worklist.columns.fiscalCode')}</th>
          <th scope="col">{t('worklist.columns.office')}</th>
          <th scope="col">{t('worklist.columns.didFiledAt')}</th>
          <th scope="col">{t('worklist.columns.benefit')}</th>
          <th scope="col">{t('worklist.columns.deadline')}</th>
          <th scope="col">{t('worklist.columns.state')}</th>
          <th scope="col">{t('worklist.columns.channel')}</th>
          <th scope="col">{t('worklist.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.citizenId}>
            <th scope="row">
              <PersonLink citizenId={item.citizenId}>{item.name}</PersonLink>
            </th>
            <td className="fiscal-code">{item.fiscalCode}</td>
            <td>{item.officeName}</td>
            <td className="text-nowrap">
              <time dateTime={romeDay(item.didFiledAt)}>{f.date(romeDay(item.didFiledAt), 'short')}</time>
            </td>
            <td>{labels.benefit(item.benefit)}</td>
            <td className="text-nowrap">
              <time dateTime={romeDay(item.contactDeadline)}>{f.date(romeDay(item.contactDeadline), 'short')}</time>
            </td>
            <td className={item.state === 'overdue' ? 'fw-semibold' : undefined}>{stateText(item)}</td>
            <td>
              <span className="d-block">{item.chosenChannel ? labels.channel(item.chosenChannel) : t('worklist.noChannel')}</span>
              {item.needsHelp && <span className="badge bg-primary">{t('worklist.needsHelp')}</span>}
            </td>
            <td>
              <ul className="list-unstyled worklist-actions mb-0">
                <li>
                  <Link to={paths.pathway(item.citizenId)} aria-label={t('worklist.openLabel', { name: item.name })}>
                    {t('worklist.open')}
                  </Link>
                </li>
                <li>
                  <Link to={paths.invite(item.fiscalCode)} aria-label={t('worklist.inviteLabel', { name: item.name })}>
                    {t('worklist.invite')}
                  </Link>
                </li>
                <li>
                  <Link to={paths.convoke({ fiscalCode: item.fiscalCode })} aria-label={t('worklist.convokeLabel', { name: item.name })}>
                    {t('worklist.convoke')}
                  </Link>
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
