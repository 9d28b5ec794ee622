import { getCitizenRecruitingDays, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/recruiting-days: the recruiting days and job fairs I can sign up for. */
export function useRecruitingDays() {
  return useQuery({
    queryKey: queryKeys.citizen.recruitingDays(),
    queryFn: ({ signal }) => getCitizenRecruitingDays(signal),
  });
}
