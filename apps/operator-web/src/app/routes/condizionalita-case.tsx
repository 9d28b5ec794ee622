import { ApiProblem } from '@opencpi/api-client';
import type { ConfirmationOutcome } from '@opencpi/contracts';
import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useConditionalityCase } from '../../features/condizionalita/api/use-conditionality-case';
import { CaseFacts } from '../../features/condizionalita/components/case-facts';
import { CaseJustification } from '../../features/condizionalita/components/case-justification';
import { CaseTimeline } from '../../features/condizionalita/components/case-timeline';
import { DecisionSections } from '../../features/condizionalita/components/decision-sections';
import { MeasuresSection } from '../../features/condizionalita/components/measures-section';
import { condizionalitaPaths } from '../../features/condizionalita/condizionalita-paths';
import { useIsManager } from '../../features/condizionalita/hooks/use-is-manager';

type Notice = 'decided' | ConfirmationOutcome;

/**
 * /condizionalita/procedimenti/:caseId: the case of one person. The facts, the person's justification and documents,
 * the decision (or the decision taken and who took it), the manager's confirmation (four eyes), the measures and
 * their send to INPS ("Inviato", "In attesa dell'INPS (dal …)", "Invio non riuscito: riprova"), the timeline.
 */
export function CondizionalitaCaseRoute() {
  const { t } = useTranslation('operator');
  const { caseId = '' } = useParams();
  const query = useConditionalityCase(caseId);
  const isManager = useIsManager();
  const [notice, setNotice] = useState<Notice | undefined>();
  const item = query.data;
  const title = item ? t('condizionalita.case.title', { name: item.citizenName ?? item.citizenFiscalCode ?? '' }) : t('condizionalita.worklist.title');
  useDocumentTitle(title);
  const notFound = query.error instanceof ApiProblem && query.error.status === 404;
  const noticeText =
    notice === 'decided'
      ? t('condizionalita.case.decision.done')
      : notice === 'confirmed'
        ? t('condizionalita.case.confirmation.confirmed')
        : notice === 'returned'
          ? t('condizionalita.case.confirmation.returned')
          : undefined;

  return (
    <div className="row">
      <div className="col-xl-10">
        <h1>{title}</h1>
        <StatusMessage focus>{noticeText && <p className="mb-0">{noticeText}</p>}</StatusMessage>
        {query.isPending ? (
          <Loading />
        ) : notFound ? (
          <ProblemAlert error={query.error} />
        ) : query.isError ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <CaseFacts item={query.data} />
            <CaseJustification justification={query.data.justification} citizenId={query.data.citizenId} />
            <DecisionSections item={query.data} isManager={isManager} onDecided={() => setNotice('decided')} onConfirmed={(outcome) => setNotice(outcome)} />
            <MeasuresSection measures={query.data.measures} canRetry={isManager} />
            <CaseTimeline events={query.data.timeline} />
          </>
        )}
        <p className="mt-5">
          <Link to={condizionalitaPaths.cases}>{t('condizionalita.case.back')}</Link>
        </p>
      </div>
    </div>
  );
}
