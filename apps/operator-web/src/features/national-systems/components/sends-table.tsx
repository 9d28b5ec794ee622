import type { NationalSystemsSendResponse, NationalSystemsSendState } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useCondizionalitaLabels } from '../../condizionalita/hooks/use-condizionalita-labels';

/** ADI and SFL go to SIISL (run by INPS); NASpI and DIS-COLL to INPS. */
const systemOf = (benefit: string): 'inps' | 'siisl' => (benefit === 'ADI' || benefit === 'SFL' ? 'siisl' : 'inps');

/** The sends in one state: the measure, benefit and system, since when, attempts, the last error, the receipt. */
export function SendsTable({ items, state }: { items: readonly NationalSystemsSendResponse[]; state: NationalSystemsSendState }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  if (items.length === 0) return <p>{t('condizionalita.queue.empty')}</p>;
  return (
    <DataTable caption={t('condizionalita.queue.caption', { state: t(`condizionalita.queue.states.${state}`) })} className="worklist-table">
      <thead>
        <tr>
          <th scope="col">{t('condizionalita.queue.columns.measure')}</th>
          <th scope="col">{t('condizionalita.queue.columns.benefit')}</th>
          <th scope="col">{t('condizionalita.queue.columns.system')}</th>
          <th scope="col">{t('condizionalita.queue.columns.since')}</th>
          <th scope="col">{t('condizionalita.queue.columns.lastAttemptAt')}</th>
          <th scope="col">{t('condizionalita.queue.columns.attempts')}</th>
          <th scope="col">{t('condizionalita.queue.columns.lastError')}</th>
          <th scope="col">{t('condizionalita.queue.columns.receipt')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={s.measureId}>
            <th scope="row" className="font-monospace small">
              {s.measureId}
            </th>
            <td>{labels.benefit(s.benefit)}</td>
            <td>{t(`condizionalita.queue.systems.${systemOf(s.benefit)}`)}</td>
            <td className="text-nowrap">
              <time dateTime={s.since}>{f.dateTime(s.since)}</time>
            </td>
            <td className="text-nowrap">
              <time dateTime={s.lastAttemptAt}>{f.dateTime(s.lastAttemptAt)}</time>
            </td>
            <td>{s.attempts}</td>
            <td className="font-monospace small">{s.lastError ?? '—'}</td>
            <td>
              {s.receiptId ? <span className="font-monospace small d-block">{s.receiptId}</span> : '—'}
              {s.sentAt && <time dateTime={s.sentAt}>{f.dateTime(s.sentAt)}</time>}
              {s.receivedBefore && <span className="d-block small">{t('condizionalita.queue.receivedBefore')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
