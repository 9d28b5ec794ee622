import { getMySurveys, surveyKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/surveys: my surveys with their links. */
export function useMySurveys() {
  return useQuery({ queryKey: surveyKeys.mine(), queryFn: ({ signal }) => getMySurveys(signal) });
}
