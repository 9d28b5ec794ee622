import { queryKeys, uploadPlanProof } from '@opencpi/api-client';
import type { PlanResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/plan/items/:itemId/proof (multipart). The answer (with the proof's file name) replaces the item. */
export function useUploadPlanProof() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, file }: { itemId: string; file: File }) => uploadPlanProof(itemId, file),
    onSuccess: (item) => {
      queryClient.setQueryData<PlanResponse>(queryKeys.citizen.plan(), (plan) => (plan ? { ...plan, items: plan.items.map((i) => (i.id === item.id ? item : i)) } : plan));
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.plan() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.documents() });
    },
  });
}
