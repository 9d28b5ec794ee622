import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIvcAssessments } from '../../features/ivc/api/use-ivc-assessments';
import { IvcCasesTable } from '../../features/ivc/components/ivc-cases-table';
import { useIvcRoles } from '../../features/ivc/hooks/use-ivc-roles';
import { ivcPaths } from '../../features/ivc/ivc-paths';

/** /validazione-competenze/valutazioni (assessors): the cases of my region waiting for an assessor, and the ones I assess. */
export function IvcAssessmentsRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('ivc.assessments.title'));
  const roles = useIvcRoles();
  const list = useIvcAssessments();
  return (
    <>
      <h1>{t('ivc.assessments.title')}</h1>
      <p className="lead">{t('ivc.assessments.intro')}</p>
      {roles.officeStaff && (
        <p>
          <Link to={ivcPaths.cases}>{t('ivc.assessments.casesLink')}</Link>
        </p>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <IvcCasesTable items={list.data.items} caption={t('ivc.assessments.caption')} empty={t('ivc.assessments.empty')} />
      )}
    </>
  );
}
