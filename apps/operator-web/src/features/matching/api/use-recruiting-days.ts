import { getRecruitingDays, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/matching/recruiting-days: the recruiting days with their vacancies and sign-ups. */
export function useRecruitingDays() {
  return useQuery({
    queryKey: queryKeys.operator.recruitingDays(),
    queryFn: ({ signal }) => getRecruitingDays(signal),
  });
}
