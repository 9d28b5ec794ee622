import { createRecruitingDay, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/matching/recruiting-days; then the list is read again. */
export function useCreateRecruitingDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRecruitingDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.recruitingDays() }),
  });
}
