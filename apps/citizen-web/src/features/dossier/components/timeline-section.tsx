import { useTimelineText } from '@opencpi/i18n';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyTimeline } from '../api/use-my-timeline';

/** "Cronologia": what happened in the person's path, in order (date and time, what, who). */
export function TimelineSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const timeline = useMyTimeline();
  const text = useTimelineText();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossier.timeline.title')}</h2>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.items.length === 0 ? (
        <p>{t('dossier.timeline.empty')}</p>
      ) : (
        <ol className="timeline-list" aria-labelledby={headingId}>
          {timeline.data.items.map((entry, index) => (
            <li key={`${entry.at}-${entry.kind}-${index}`}>
              <time dateTime={entry.at} className="timeline-list__when">
                {dates.dateTime(entry.at)}
              </time>
              <span className="timeline-list__what">{text(entry)}</span>
              {entry.actorName && <span className="timeline-list__who">{t('dossier.timeline.actor', { name: entry.actorName })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
