import { queryKeys, signUpRecruitingDay } from '@opencpi/api-client';
import type { RecruitingDayListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/citizen/matching/recruiting-days/:recruitingDayId/signup with the vacancies I am interested in.
 * The answer replaces the day in the list at once (marked as signed up).
 */
export function useSignUpRecruitingDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recruitingDayId, vacancyIds }: { recruitingDayId: string; vacancyIds: string[] }) => signUpRecruitingDay(recruitingDayId, vacancyIds),
    onSuccess: (day) => {
      queryClient.setQueryData<RecruitingDayListResponse>(queryKeys.citizen.recruitingDays(), (list) =>
        list ? { items: list.items.map((d) => (d.id === day.id ? { ...day, signedUp: true } : d)) } : list,
      );
    },
  });
}
