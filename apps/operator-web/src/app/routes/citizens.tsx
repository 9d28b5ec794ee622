import { ApiProblem, citizenSearchParams } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle, useFieldErrorMessage } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useCitizenSearch } from '../../features/citizens/api/use-citizen-search';
import { CitizenSearchForm } from '../../features/citizens/components/citizen-search-form';
import { CitizenSearchResults } from '../../features/citizens/components/citizen-search-results';
import { OperatorHome } from '../../features/home/components/operator-home';
import { importPath } from '../../features/portability/portability-paths';

/**
 * /cittadini: the operator home, the search on top and the day below (today's appointments, people to contact, cases,
 * unread messages); /cittadini?q=<text>&offset=<n>: the results instead of the day (the search lives in the URL, so
 * Back from a dossier returns to the results).
 */
export function CitizensRoute() {
  const { t } = useTranslation('operator');
  const [params, setParams] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const title = text ? t('search.title') : t('home.title');
  useDocumentTitle(title);
  const searchId = useId();
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
      <h1>{title}</h1>
      {!text && <p className="lead">{t('home.intro')}</p>}
      <section aria-labelledby={searchId} className="home-search">
        {text ? null : (
          <h2 id={searchId} className="h4">
            {t('search.title')}
          </h2>
        )}
        <p className={text ? 'lead' : undefined} id={text ? searchId : undefined}>
          {t('search.intro')}
        </p>
        <CitizenSearchForm key={text} initialValue={text} serverError={search.error} searching={search.isFetching} onSearch={(value) => setParams({ q: value })} />
        <p className="mt-2 mb-0">
          <Link to={importPath}>{t('portability.import.link')}</Link>
        </p>
      </section>
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
      {!text && <OperatorHome />}
    </>
  );
}
