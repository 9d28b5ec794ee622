import { useFormatters } from '@opencpi/i18n';
import { DataTable, Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeadLetters } from '../api/use-dead-letters';
import { useRetryDeadLetter } from '../api/use-retry-dead-letter';

/** "Eventi non consegnati": each dead letter (event, consumer, when, attempts, last error) with "Riprova". */
export function DeadLettersSection() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const headingId = useId();
  const deadLetters = useDeadLetters();
  const retry = useRetryDeadLetter();
  const [retried, setRetried] = useState(0);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.queue.deadLetters.title')}</h2>
      <p>{t('condizionalita.queue.deadLetters.intro')}</p>
      <StatusMessage key={retried}>{retried > 0 && <p className="mb-0">{t('condizionalita.queue.deadLetters.retried')}</p>}</StatusMessage>
      {retry.isError && <ProblemAlert error={retry.error} />}
      {deadLetters.isPending ? (
        <Loading />
      ) : deadLetters.isError ? (
        <ProblemAlert error={deadLetters.error} onRetry={() => void deadLetters.refetch()} />
      ) : deadLetters.data.items.length === 0 ? (
        <p>{t('condizionalita.queue.deadLetters.empty')}</p>
      ) : (
        <DataTable caption={t('condizionalita.queue.deadLetters.caption')} className="worklist-table">
          <thead>
            <tr>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.event')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.consumer')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.occurredAt')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.deadAt')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.attempts')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.lastError')}</th>
              <th scope="col">{t('condizionalita.queue.deadLetters.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {deadLetters.data.items.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <span className="d-block">{d.type}</span>
                  <span className="font-monospace small">
                    {d.aggregateType} {d.aggregateId}
                  </span>
                </th>
                <td className="font-monospace small">{d.consumer}</td>
                <td className="text-nowrap">{f.dateTime(d.occurredAt)}</td>
                <td className="text-nowrap">{f.dateTime(d.deadAt)}</td>
                <td>{d.attempts}</td>
                <td className="font-monospace small">{d.lastError ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-outline-primary btn-sm"
                    disabled={retry.isPending}
                    aria-label={t('condizionalita.queue.deadLetters.retryLabel', { type: d.type, date: f.dateTime(d.occurredAt) })}
                    onClick={() => retry.mutate(d.id, { onSuccess: () => setRetried((n) => n + 1) })}
                  >
                    {t('condizionalita.queue.deadLetters.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
