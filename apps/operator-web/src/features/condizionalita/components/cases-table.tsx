import type { ConditionalityCaseSummaryResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { condizionalitaPaths } from '../condizionalita-paths';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { PersonLink } from '../../citizens/components/person-link';

/** "Procedimenti di condizionalità": who, office, benefit, what happened and when, the deadline to justify, state, "Apri". */
export function CasesTable({ items }: { items: readonly ConditionalityCaseSummaryResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  if (items.length === 0) return <p>{t('condizionalita.worklist.empty')}</p>;
  return (
    <DataTable caption={t('condizionalita.worklist.caption')} className="worklist-table conditionality-table">
      <thead>
        <tr>
          <th scope="col">{t('condizionalita.worklist.columns.person')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.office')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.benefit')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.breach')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.occurredOn')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.deadline')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.state')}</th>
          <th scope="col">{t('condizionalita.worklist.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = item.citizenName ?? item.citizenFiscalCode ?? item.id;
          return (
            <tr key={item.id}>
              <th scope="row">
                <PersonLink citizenId={item.citizenId} fiscalCode={item.citizenFiscalCode} className="d-block">
                  {name}
                </PersonLink>
                {item.citizenFiscalCode && <span className="fiscal-code small">{item.citizenFiscalCode}</span>}
              </th>
              <td>{item.officeName}</td>
              <td>{labels.benefit(item.benefit)}</td>
              <td>{labels.breach(item.breachCode)}</td>
              <td className="text-nowrap">
                <time dateTime={item.occurredOn}>{f.date(item.occurredOn, 'short')}</time>
              </td>
              <td className="text-nowrap">
                <time dateTime={item.deadline}>{f.date(item.deadline, 'short')}</time>
                {item.state === 'open' && !item.windowOpen && <span className="d-block small">{t('condizionalita.worklist.windowClosed')}</span>}
              </td>
              <td className={item.state === 'pending_confirmation' || item.state === 'justification_submitted' ? 'fw-semibold' : undefined}>{labels.state(item.state)}</td>
              <td>
                <Link to={condizionalitaPaths.case(item.id)} aria-label={t('condizionalita.worklist.openLabel', { name })}>
                  {t('condizionalita.worklist.open')}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
