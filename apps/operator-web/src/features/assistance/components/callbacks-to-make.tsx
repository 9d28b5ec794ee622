import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLink } from '../../citizens/components/person-link';
import { useOpenCallbacks, useRecordCallback } from '../api/use-callbacks';

const WINDOWS = ['morning', 'afternoon', 'any'] as const;
const windowOf = (w: string) => ((WINDOWS as readonly string[]).includes(w) ? (w as (typeof WINDOWS)[number]) : 'any');

/**
 * "Persone da richiamare": the open callback requests of my offices (oldest first), each with its number as a tel:
 * link, the part of the day chosen and the topic; the outcome is recorded in one click (done / no answer).
 */
export function CallbacksToMake() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const headingId = useId();
  const list = useOpenCallbacks();
  const record = useRecordCallback();
  const [recorded, setRecorded] = useState<string | null>(null);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assistance.title')}</h2>
      <p>{t('assistance.intro')}</p>
      <StatusMessage tone="success">{recorded ? <p className="mb-0">{t('assistance.recorded', { name: recorded })}</p> : undefined}</StatusMessage>
      {record.isError && <ProblemAlert error={record.error} />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('assistance.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t('assistance.caption')}</caption>
            <thead>
              <tr>
                {(['person', 'phone', 'window', 'topic', 'requested', 'actions'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`assistance.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <PersonLink citizenId={c.citizenId}>{c.citizenName}</PersonLink>
                  </th>
                  <td>
                    <a href={`tel:${c.phone}`}>{c.phone}</a>
                  </td>
                  <td>{t(`assistance.window.${windowOf(c.timeWindow)}`)}</td>
                  <td>{c.topic ?? ''}</td>
                  <td>{f.dateTime(c.requestedAt)}</td>
                  <td>
                    <div className="d-flex flex-wrap gap-2">
                      {(['done', 'no_answer'] as const).map((outcome) => (
                        <button
                          key={outcome}
                          type="button"
                          className={`btn btn-sm ${outcome === 'done' ? 'btn-primary' : 'btn-outline-primary'}`}
                          disabled={record.isPending}
                          aria-label={t(outcome === 'done' ? 'assistance.doneFor' : 'assistance.noAnswerFor', { name: c.citizenName })}
                          onClick={() => record.mutate({ id: c.id, body: { outcome } }, { onSuccess: () => setRecorded(c.citizenName) })}
                        >
                          {t(outcome === 'done' ? 'assistance.done' : 'assistance.noAnswer')}
                        </button>
                      ))}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
