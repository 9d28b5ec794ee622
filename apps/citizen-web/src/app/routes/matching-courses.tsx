import { ApiProblem } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCourseSuggestions } from '../../features/matching/api/use-course-suggestions';
import { CourseCard } from '../../features/matching/components/course-card';
import { matchingPaths } from '../../features/matching/matching-paths';
import '../../features/matching/matching.css';

/** /corsi: "Corsi per te", the courses that teach what the person misses for the occupations they look for. */
export function MatchingCoursesRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('matching.courses.title'));
  const courses = useCourseSuggestions();
  const profileRequired = courses.error instanceof ApiProblem && courses.error.code === 'PROFILE_REQUIRED';

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('matching.courses.title')}</h1>
        <p className="lead">{t('matching.courses.intro')}</p>
        {courses.isPending ? (
          <Loading />
        ) : profileRequired ? (
          <div className="alert alert-warning">
            <p className="mb-2">{t('matching.courses.profileRequired')}</p>
            <p className="mb-0">
              <Link to={matchingPaths.profile}>{t('matching.vacancies.completeProfile')}</Link>
            </p>
          </div>
        ) : courses.isError ? (
          <ProblemAlert error={courses.error} onRetry={() => void courses.refetch()} />
        ) : courses.data.items.length === 0 ? (
          <p>{t('matching.courses.empty')}</p>
        ) : (
          <ul className="plain-list">
            {courses.data.items.map((course) => (
              <li key={course.id}>
                <CourseCard course={course} headingLevel={2} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
