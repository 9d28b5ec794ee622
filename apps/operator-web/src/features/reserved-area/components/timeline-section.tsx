import { useFormatters, useTimelineText } from '@opencpi/i18n';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTimeline } from '../api/use-timeline';

/** "Cronologia": what happened in the person's pathway, newest first: date and time, summary, who did it. */
export function TimelineSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const text = useTimelineText();
  const timeline = useTimeline(citizenId);
  const headingId = useId();
  const sorted = [...(timeline.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reservedArea.timeline.title')}</h2>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : sorted.length === 0 ? (
        <p>{t('reservedArea.timeline.empty')}</p>
      ) : (
        <ol className="timeline-list">
          {sorted.map((entry, i) => (
            <li key={`${entry.at}-${entry.kind}-${i}`}>
              <time className="d-block small fw-semibold" dateTime={entry.at}>
                {f.dateTime(entry.at)}
              </time>
              <span className="d-block">{text(entry)}</span>
              {entry.actorName && <span className="d-block small text-muted-aa">{t('reservedArea.timeline.actor', { name: entry.actorName })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
