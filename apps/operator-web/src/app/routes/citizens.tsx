import { ApiProblem, citizenSearchParams } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle, useFieldErrorMessage } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCitizenSearch } from '../../features/citizens/api/use-citizen-search';
import { CitizenSearchForm } from '../../features/citizens/components/citizen-search-form';
import { CitizenSearchResults } from '../../features/citizens/components/citizen-search-results';
import { importPath } from '../../features/portability/portability-paths';

/** /cittadini?q=<text>&offset=<n>: the search lives in the URL, so Back from a dossier returns to the results. */
export function CitizensRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const offset = Math.max(0, Math.trunc(Number(params.get('offset') ?? '0')) || 0);
  const query = text.length >= 2 ? citizenSearchParams(text, offset) : undefined;
  const search = useCitizenSearch(query);
  const fieldErrorMessage = useFieldErrorMessage();

  const problem = search.error instanceof ApiProblem ? search.error : undefined;
  const fieldError = problem ? fieldErrorMessage(problem, 'fiscalCode', 'q') : undefined;

  const pageHref = (nextOffset: number) => {
    const next = new URLSearchParams({ q: text });
    if (nextOffset > 0) next.set('offset', String(nextOffset));
    return `?${next.toString()}`;
  };

  return (
    <>
      <h1>{t('search.title')}</h1>
      <p className="lead">{t('search.intro')}</p>
      <p>
        <Link to={importPath}>{t('portability.import.link')}</Link>
      </p>
      <CitizenSearchForm key={text} initialValue={text} serverError={search.error} searching={search.isFetching} onSearch={(value) => setParams({ q: value })} />
      <div className="mt-4" aria-live="polite" aria-busy={search.isFetching}>
        {query === undefined ? null : search.isPending ? (
          <Loading />
        ) : search.isError ? (
          fieldError ? null : (
            <ProblemAlert error={search.error} onRetry={() => void search.refetch()} />
          )
        ) : (
          <CitizenSearchResults result={search.data} pageHref={pageHref} />
        )}
      </div>
    </>
  );
}
