import { logActivity, queryKeys } from '@opencpi/api-client';
import type { LogActivityBody, PlanResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/plan/activities. The new activity joins my plan at once, then the plan is read again (peer figures change). */
export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogActivityBody) => logActivity(body),
    onSuccess: (item) => {
      queryClient.setQueryData<PlanResponse>(queryKeys.citizen.plan(), (plan) => (plan ? { ...plan, items: [...plan.items.filter((i) => i.id !== item.id), item] } : plan));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.plan() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}
