import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useIvcCase } from '../../features/ivc/api/use-ivc-case';
import { CloseIdentificationForm } from '../../features/ivc/components/close-identification-form';
import { EvidenceSection } from '../../features/ivc/components/evidence-section';
import { ExamForm } from '../../features/ivc/components/exam-form';
import { IvcCaseActions } from '../../features/ivc/components/ivc-case-actions';
import { IvcCaseFacts } from '../../features/ivc/components/ivc-case-facts';
import { IvcOutputsSection } from '../../features/ivc/components/ivc-outputs-section';
import { JudgementsForm } from '../../features/ivc/components/judgements-form';
import { JudgementsList } from '../../features/ivc/components/judgements-list';
import { useIvcRoles } from '../../features/ivc/hooks/use-ivc-roles';
import { ivcPaths } from '../../features/ivc/ivc-paths';

/**
 * /validazione-competenze/casi/:caseId: one case. The guiding operator takes charge, builds the dossier of evidence
 * and closes identification; the assessor takes the case, judges each competence, closes validation and records the
 * commission's exam. Each part shows only when the API offers it to the caller (`actions`).
 */
export function IvcCaseRoute() {
  const { t } = useTranslation('operator');
  const { caseId = '' } = useParams();
  const q = useIvcCase(caseId);
  const roles = useIvcRoles();
  const [notice, setNotice] = useState<string>();
  const item = q.data;
  const title = item ? t('ivc.case.title', { name: item.citizenName }) : t('ivc.case.fallbackTitle');
  useDocumentTitle(title);
  const listPath = roles.officeStaff ? ivcPaths.cases : ivcPaths.assessments;
  const listTitle = roles.officeStaff ? t('ivc.cases.title') : t('ivc.assessments.title');
  const can = (action: string) => item?.actions.includes(action) ?? false;
  return (
    <>
      <nav className="breadcrumb-container" aria-label={t('ivc.case.breadcrumb')}>
        <ol className="breadcrumb p-0">
          <li className="breadcrumb-item">
            <Link to={listPath}>{listTitle}</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {title}
          </li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <StatusMessage>{notice ? <p className="mb-0">{notice}</p> : undefined}</StatusMessage>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <>
          <ProblemAlert error={q.error} />
          <Link to={listPath}>{t('ivc.case.back')}</Link>
        </>
      ) : (
        <>
          <IvcCaseActions item={q.data} onDone={setNotice} />
          <IvcCaseFacts item={q.data} />
          <EvidenceSection item={q.data} />
          {can('close_identification') && <CloseIdentificationForm caseId={caseId} onDone={setNotice} />}
          {can('judge') ? <JudgementsForm item={q.data} /> : q.data.judgements.length > 0 && <JudgementsList item={q.data} />}
          {can('record_exam') && <ExamForm caseId={caseId} onDone={setNotice} />}
          <IvcOutputsSection item={q.data} />
        </>
      )}
    </>
  );
}
