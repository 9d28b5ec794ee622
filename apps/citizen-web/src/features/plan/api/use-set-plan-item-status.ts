import { queryKeys, setPlanItemStatus } from '@opencpi/api-client';
import type { PlanResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/plan/items/:itemId/status: "fatta" or "non fatta". The answer replaces the item in my plan at once. */
export function useSetPlanItemStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, status }: { itemId: string; status: 'done' | 'not_done' }) => setPlanItemStatus(itemId, status),
    onSuccess: (item) => {
      queryClient.setQueryData<PlanResponse>(queryKeys.citizen.plan(), (plan) => (plan ? { ...plan, items: plan.items.map((i) => (i.id === item.id ? item : i)) } : plan));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}
