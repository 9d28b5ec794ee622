import type { VacancySearchParams } from '@opencpi/api-client';
import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMatchingVacancies } from '../../features/matching/api/use-matching-vacancies';
import { CollapsibleFilters } from '../../features/matching/components/collapsible-filters';
import { VacancyFilters } from '../../features/matching/components/vacancy-filters';
import { VacancyMatchCard } from '../../features/matching/components/vacancy-match-card';
import { CONTRACT_TYPES, VACANCY_HOURS, isOneOf } from '../../features/matching/matching-options';
import { matchingPaths } from '../../features/matching/matching-paths';
import { useProfileChangeNotice } from '../../features/matching/profile-change';
import '../../features/matching/matching.css';

/** The filters as kept in the address (so that "back" from a vacancy finds the same list). */
function paramsFrom(search: URLSearchParams): VacancySearchParams {
  const q = search.get('q')?.trim();
  const contractType = search.get('contratto') ?? undefined;
  const hours = search.get('orario') ?? undefined;
  return {
    ...(q ? { q } : {}),
    ...(isOneOf(CONTRACT_TYPES, contractType) ? { contractType } : {}),
    ...(isOneOf(VACANCY_HOURS, hours) ? { hours } : {}),
    withinReach: search.get('vicino') === 'no' ? 'false' : 'true',
  };
}
function searchFrom(params: VacancySearchParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.contractType) search.set('contratto', params.contractType);
  if (params.hours) search.set('orario', params.hours);
  if (params.withinReach === 'false') search.set('vicino', 'no');
  return search;
}

/**
 * /offerte: "Offerte di lavoro per te", sorted by fit, each with what the person has and misses. Without a saved
 * profile the list is not ranked and a warning says so, with a link to complete the profile.
 */
export function MatchingVacanciesRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('matching.vacancies.title'));
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const vacancies = useMatchingVacancies(params);
  // with the default filters only: a filter of the person's own also changes the count, and that is no news
  const changed = useProfileChangeNotice(vacancies.data?.ranked ? vacancies.data.items.length : undefined, search.toString() === '');

  return (
    <div className="row matching-page">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('matching.vacancies.title')}</h1>
        <p className="lead">{t('matching.vacancies.intro')}</p>
        {vacancies.data && !vacancies.data.ranked && (
          <div className="alert alert-warning">
            <p className="mb-2">{t('matching.vacancies.notRanked')}</p>
            <p className="mb-0">
              <Link to={matchingPaths.profile}>{t('matching.vacancies.completeProfile')}</Link>
            </p>
          </div>
        )}
        {changed && vacancies.data && (
          <div className="alert alert-info" role="status">
            <p className="mb-0">{t('matching.vacancies.changed', { count: vacancies.data.items.length, before: changed.before })}</p>
          </div>
        )}
        <CollapsibleFilters label={t('matching.vacancies.filters.label')}>
          <VacancyFilters value={params} onFilter={(next) => setSearch(searchFrom(next))} serverError={vacancies.error} />
        </CollapsibleFilters>
        {vacancies.isPending ? <Loading /> : vacancies.isError ? <ProblemAlert error={vacancies.error} onRetry={() => void vacancies.refetch()} /> : null}
        <div aria-live="polite" className="mt-4">
          {vacancies.data &&
            (vacancies.data.items.length === 0 ? (
              <p className="fw-semibold">{t('matching.vacancies.empty')}</p>
            ) : (
              <p className="visually-hidden">{t('matching.vacancies.found', { count: vacancies.data.items.length })}</p>
            ))}
        </div>
        {vacancies.data && vacancies.data.items.length > 0 && (
          <ul className="plain-list">
            {vacancies.data.items.map((match) => (
              <li key={match.vacancy.id}>
                <VacancyMatchCard match={match} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
