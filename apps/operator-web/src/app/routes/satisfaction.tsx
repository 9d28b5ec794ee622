import type { SatisfactionResultsQuery } from '@opencpi/contracts';
import { addDays, todayInRome } from '@opencpi/i18n';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsManager } from '../../features/condizionalita/hooks/use-is-manager';
import { useSatisfactionComments } from '../../features/surveys/api/use-satisfaction-comments';
import { useSatisfactionResults } from '../../features/surveys/api/use-satisfaction-results';
import { CommentsTable } from '../../features/surveys/components/comments-table';
import { ResultsFilter } from '../../features/surveys/components/results-filter';
import { ResultsTable } from '../../features/surveys/components/results-table';

function Results() {
  const { t } = useTranslation('operator');
  const commentsId = useId();
  const today = todayInRome();
  const [query, setQuery] = useState<SatisfactionResultsQuery>({ from: addDays(today, -90), to: today, groupBy: 'office' });
  const results = useSatisfactionResults(query);
  const comments = useSatisfactionComments({ from: query.from, to: query.to });
  return (
    <>
      <ResultsFilter value={query} onApply={setQuery} />
      <div aria-live="polite" aria-busy={results.isFetching}>
        {results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <ResultsTable results={results.data} />
        )}
      </div>
      <section className="section-block" aria-labelledby={commentsId}>
        <h2 id={commentsId}>{t('surveys.comments.title')}</h2>
        {comments.isPending ? (
          <Loading />
        ) : comments.isError ? (
          <ProblemAlert error={comments.error} onRetry={() => void comments.refetch()} />
        ) : (
          <CommentsTable items={comments.data.items} />
        )}
      </section>
    </>
  );
}

/** /soddisfazione (cpi_manager: their offices; region_admin: the region): satisfaction results and anonymous comments. */
export function SatisfactionRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('surveys.title'));
  const isManager = useIsManager();
  return (
    <>
      <h1>{t('surveys.title')}</h1>
      <p className="lead">{t('surveys.intro')}</p>
      {isManager ? <Results /> : <p className="alert alert-warning">{t('surveys.managersOnly')}</p>}
    </>
  );
}
