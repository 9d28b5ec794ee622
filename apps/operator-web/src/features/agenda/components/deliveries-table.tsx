import type { DeliveryResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { useQueuedLabel } from '../hooks/use-queued-label';

/** "Consegne della convocazione": each message sent for it (e-mail, SMS, IO), its state (a held-back one says until when, and why) and attempts. */
export function DeliveriesTable({ deliveries }: { deliveries: readonly DeliveryResponse[] }) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const stateOf = useQueuedLabel();
  const receiptLabel = (status: string) =>
    ['accepted', 'delivered', 'read', 'failed'].includes(status) ? t(`agenda.convocation.deliveries.receipt.${status as 'delivered'}`) : status;

  if (deliveries.length === 0) return <p>{t('agenda.convocation.deliveries.empty')}</p>;
  return (
    <DataTable caption={t('agenda.convocation.deliveries.caption')} className="deliveries-table">
      <thead>
        <tr>
          <th scope="col">{t('agenda.convocation.deliveries.columns.channel')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.address')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.status')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.attempts')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.providerId')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.sentAt')}</th>
          <th scope="col">{t('agenda.convocation.deliveries.columns.receipt')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={`${d.channel}-${d.address}`}>
            <th scope="row">{labels.deliveryChannel(d.channel)}</th>
            <td>{d.address}</td>
            <td>{stateOf(d)}</td>
            <td>{d.attempts.length}</td>
            <td>{d.providerMessageId ? <code>{d.providerMessageId}</code> : tc('notAvailable')}</td>
            <td className="text-nowrap">{d.sentAt ? <time dateTime={d.sentAt}>{f.dateTime(d.sentAt)}</time> : tc('notAvailable')}</td>
            <td>
              {d.receiptStatus ? (
                <>
                  {receiptLabel(d.receiptStatus)}
                  {d.receiptAt && (
                    <time className="d-block small" dateTime={d.receiptAt}>
                      {f.dateTime(d.receiptAt)}
                    </time>
                  )}
                </>
              ) : (
                t('agenda.convocation.deliveries.receipt.none')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
