import { getCourseSuggestions, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/courses/suggestions: courses that teach what I miss for the jobs I am looking for. */
export function useCourseSuggestions() {
  return useQuery({
    queryKey: queryKeys.citizen.courseSuggestions(),
    queryFn: ({ signal }) => getCourseSuggestions(signal),
  });
}
