import { getSatisfactionComments, surveyKeys } from '@opencpi/api-client';
import type { SatisfactionCommentsQuery } from '@opencpi/contracts';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/surveys/comments (managers): the period's comments, without identities. */
export function useSatisfactionComments(query: SatisfactionCommentsQuery) {
  return useQuery({ queryKey: surveyKeys.comments(query), queryFn: ({ signal }) => getSatisfactionComments(query, signal) });
}
