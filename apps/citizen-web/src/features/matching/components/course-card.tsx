import type { CourseResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMatchingLabels } from '../matching-labels';

/**
 * A course: title (a heading of the given level), provider, hours, dates, mode and place, the badges "Gratuito" and
 * "Finanziabile GOL", and, for suggestions, the skills it teaches that the person misses ("Ti insegna: …").
 */
export function CourseCard({ course, headingLevel }: { course: CourseResponse; headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const dates = useDates();
  const Heading = `h${headingLevel}` as const;
  const covers = course.covers ?? [];
  return (
    <article className="item-card course-card">
      <Heading className={headingLevel === 2 ? 'h4 mb-1' : 'h5 mb-1'}>{course.title}</Heading>
      <p className="mb-1">{t('matching.courses.provider', { provider: course.provider })}</p>
      <p className="mb-1">
        {[
          t('matching.labels.hoursCount', { hours: course.hours }),
          t('matching.labels.dates', { from: dates.day(course.startDate), to: dates.day(course.endDate) }),
          labels.courseMode(course.mode),
        ].join(' · ')}
      </p>
      {course.comuneName && <p className="mb-1">{t('matching.courses.where', { place: course.comuneName })}</p>}
      {(course.free || course.golEligible) && (
        <p className="course-card__badges mb-1">
          {course.free && <span className="badge bg-success">{t('matching.labels.free')}</span>}
          {course.golEligible && <span className="badge bg-primary">{t('matching.labels.gol')}</span>}
        </p>
      )}
      {covers.length > 0 && <p className="mb-0">{t('matching.courses.covers', { list: covers.map((c) => c.label).join(', ') })}</p>}
    </article>
  );
}
