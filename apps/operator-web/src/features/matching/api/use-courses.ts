import { getCourses, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/matching/courses: the course catalogue. */
export function useCourses() {
  return useQuery({
    queryKey: queryKeys.operator.courses(),
    queryFn: ({ signal }) => getCourses(signal),
  });
}
