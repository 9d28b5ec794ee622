import { ApiProblem } from '@opencpi/api-client';
import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMyConditionalityCase } from '../../features/condizionalita/api/use-my-conditionality-case';
import { CaseFollowSection, CaseHappenedSection } from '../../features/condizionalita/components/case-facts-section';
import { DecisionSection } from '../../features/condizionalita/components/decision-section';
import { JustificationForm } from '../../features/condizionalita/components/justification-form';
import { JustificationSummary } from '../../features/condizionalita/components/justification-summary';
import { ObligationsHelp } from '../../features/condizionalita/components/obligations-help';
import { condizionalitaPaths } from '../../features/condizionalita/condizionalita-paths';
import { useCondizionalitaLabels } from '../../features/condizionalita/hooks/use-condizionalita-labels';
import { useDates } from '../../features/shared/hooks/use-dates';
import '../../features/condizionalita/condizionalita.css';

/** "Come e entro quando giustificarti": the last day (Rome), the ministry's list, and the form while the window is open. */
function JustifySection({ item, onSubmitted }: { item: ConditionalityCaseResponse; onSubmitted: () => void }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const headingId = useId();
  const deadline = dates.day(item.deadline);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('condizionalita.case.justify.title')}</h2>
      {item.windowOpen ? (
        <>
          <p className="fw-semibold">{t('condizionalita.case.justify.open', { date: deadline })}</p>
          <p>{t('condizionalita.case.justify.list')}</p>
          <JustificationForm caseId={item.id} onSubmitted={onSubmitted} />
        </>
      ) : (
        <p className="alert alert-warning">{t('condizionalita.case.justify.closed', { date: deadline })}</p>
      )}
    </section>
  );
}

/**
 * /obblighi/:caseId: one of my cases. What happened; what may follow (while undecided); how and by when to justify
 * (with the form while I can) or what I sent; the decision, the measure and its letter; help and "in person".
 */
export function ObligationCaseRoute() {
  const { t } = useTranslation('citizen');
  const labels = useCondizionalitaLabels();
  const { caseId = '' } = useParams();
  const query = useMyConditionalityCase(caseId);
  const [sent, setSent] = useState(false);
  const item = query.data;
  const title = item ? t('condizionalita.case.title', { what: labels.breachShort(item.breachCode) }) : t('condizionalita.title');
  useDocumentTitle(title);
  const decided = item?.state === 'decided_justified' || item?.state === 'measure_confirmed';
  const notFound = query.error instanceof ApiProblem && query.error.status === 404;

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{title}</h1>
        <StatusMessage focus>{sent ? <p className="mb-0">{t('condizionalita.form.done')}</p> : undefined}</StatusMessage>
        {query.isPending ? (
          <Loading />
        ) : notFound ? (
          <p>{t('condizionalita.case.notFound')}</p>
        ) : query.isError ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <CaseHappenedSection item={query.data} />
            {!decided && <CaseFollowSection item={query.data} />}
            {query.data.justification ? (
              <JustificationSummary justification={query.data.justification} />
            ) : (
              query.data.state === 'open' && <JustifySection item={query.data} onSubmitted={() => setSent(true)} />
            )}
            {(query.data.justification || query.data.state !== 'open') && <DecisionSection item={query.data} />}
          </>
        )}
        <ObligationsHelp justifyInPerson={!item || (item.state === 'open' && item.windowOpen)} />
        <p className="mt-5">
          <Link to={condizionalitaPaths.obligations}>{t('condizionalita.case.back')}</Link>
        </p>
      </div>
    </div>
  );
}
