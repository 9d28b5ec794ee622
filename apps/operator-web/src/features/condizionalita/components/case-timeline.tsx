import type { CaseEventResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgendaLabels } from '../../agenda/hooks/use-agenda-labels';
import { isOneOf } from '../condizionalita-options';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';

const RECEIPTS = ['none', 'accepted', 'delivered', 'read', 'failed'] as const;

/**
 * The coded parameters worth a word next to an event: the sanction and the reason; for a delivery of the notice, the
 * channel, its state and the provider's receipt; for a convocation, its channel and the convoked date (the rest stays
 * in the audit trail).
 */
function useEventDetail() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const agenda = useAgendaLabels();
  return (event: CaseEventResponse): string | undefined => {
    const p = event.params;
    if (event.kind === 'convocation.issued') {
      const convoked = [p['channel'] && agenda.channel(p['channel']), p['date'] && t('condizionalita.case.timeline.convokedFor', { date: f.dateTime(p['date']) })];
      return convoked.filter(Boolean).join(' · ') || undefined;
    }
    const receipt = p['receiptStatus'];
    const parts = [
      p['sanction'] && labels.sanction(p['sanction']),
      p['reasonCode'] && labels.reason(p['reasonCode']),
      p['channel'] && agenda.deliveryChannel(p['channel']),
      event.kind === 'notification.delivery' && p['status'] && agenda.deliveryStatus(p['status']),
      receipt && (isOneOf(RECEIPTS, receipt) ? t(`agenda.convocation.deliveries.receipt.${receipt}`) : receipt),
    ];
    const text = parts.filter(Boolean).join(' · ');
    return text || undefined;
  };
}

/** "Cronologia": every event of the case, oldest first, with who did it (or "Sistema"). */
export function CaseTimeline({ events }: { events: readonly CaseEventResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCondizionalitaLabels();
  const detail = useEventDetail();
  const headingId = useId();
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.timeline.title')}</h2>
      <DataTable caption={t('condizionalita.case.timeline.caption')} className="worklist-table">
        <thead>
          <tr>
            <th scope="col">{t('condizionalita.case.timeline.when')}</th>
            <th scope="col">{t('condizionalita.case.timeline.what')}</th>
            <th scope="col">{t('condizionalita.case.timeline.who')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((event, i) => {
            const more = detail(event);
            return (
              <tr key={`${event.at}-${event.kind}-${i}`}>
                <td className="text-nowrap">
                  <time dateTime={event.at}>{f.dateTime(event.at)}</time>
                </td>
                <td>
                  {labels.timelineKind(event.kind)}
                  {more && <span className="d-block small">{more}</span>}
                </td>
                <td>{event.actorName ?? t('condizionalita.case.timeline.system')}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </section>
  );
}
