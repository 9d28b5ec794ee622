import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCourses } from '../../features/matching/api/use-courses';
import { CourseForm } from '../../features/matching/components/course-form';
import { CoursesTable } from '../../features/matching/components/courses-table';
import '../../features/matching/matching.css';
import { paths } from '../paths';

/** /corsi: the course catalogue and the form to add a course. */
export function MatchingCoursesRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('matching.courses.title'));
  const courses = useCourses();
  const [added, setAdded] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const formId = useId();

  return (
    <>
      <h1>{t('matching.courses.title')}</h1>
      <p>
        <Link to={paths.vacancies}>{t('matching.courses.back')}</Link>
      </p>
      <p className="lead">{t('matching.courses.intro')}</p>
      {courses.isPending ? (
        <Loading />
      ) : courses.isError ? (
        <ProblemAlert error={courses.error} onRetry={() => void courses.refetch()} />
      ) : (
        <CoursesTable courses={courses.data.items} />
      )}
      <section className="section-block" aria-labelledby={formId}>
        <h2 id={formId}>{t('matching.courses.form.title')}</h2>
        <div ref={statusRef} role="status" tabIndex={-1}>
          {added && <p className="alert alert-success">{t('matching.courses.form.added')}</p>}
        </div>
        <div className="row">
          <div className="col-lg-10 col-xl-9">
            <CourseForm
              onAdded={() => {
                setAdded(true);
                statusRef.current?.focus();
              }}
            />
          </div>
        </div>
      </section>
    </>
  );
}
