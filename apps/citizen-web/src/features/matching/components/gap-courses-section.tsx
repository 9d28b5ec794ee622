import type { GapCoursesResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CourseCard } from './course-card';

/** "Corsi per colmare quello che manca": for each missing skill, the courses that teach it. */
export function GapCoursesSection({ gaps }: { gaps: readonly GapCoursesResponse[] }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.vacancy.courses.title')}</h2>
      {gaps.length === 0 ? (
        <p>{t('matching.vacancy.courses.noGaps')}</p>
      ) : (
        gaps.map((gap) => (
          <div key={gap.skill.id} className="gap-courses">
            <h3 className="h5">{gap.skill.label}</h3>
            {gap.courses.length === 0 ? (
              <p>{t('matching.vacancy.courses.none')}</p>
            ) : (
              <ul className="plain-list">
                {gap.courses.map((course) => (
                  <li key={course.id}>
                    <CourseCard course={course} headingLevel={4} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}
