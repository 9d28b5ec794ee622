import { getSurvey, surveyKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/public/surveys/:token (no login): the survey behind the link. A 404 is final: no retries. */
export function useSurvey(token: string) {
  return useQuery({ queryKey: surveyKeys.byToken(token), queryFn: ({ signal }) => getSurvey(token, signal), staleTime: 0, retry: false });
}
