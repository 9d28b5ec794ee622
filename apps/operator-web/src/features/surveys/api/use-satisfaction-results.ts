import { getSatisfactionResults, surveyKeys } from '@opencpi/api-client';
import type { SatisfactionResultsQuery } from '@opencpi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** GET /api/operator/surveys/results (managers): counts and mean rating by office, service, channel or month. */
export function useSatisfactionResults(query: SatisfactionResultsQuery) {
  return useQuery({ queryKey: surveyKeys.results(query), queryFn: ({ signal }) => getSatisfactionResults(query, signal), placeholderData: keepPreviousData });
}
