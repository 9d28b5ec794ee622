import { bookRecruitingSlot, queryKeys } from '@opencpi/api-client';
import type { RecruitingDayListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST …/recruiting-days/:recruitingDayId/slots/:slotId/book; the answer replaces the day in the list. */
export function useBookRecruitingSlot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recruitingDayId, slotId }: { recruitingDayId: string; slotId: string }) => bookRecruitingSlot(recruitingDayId, slotId),
    onSuccess: (day) => {
      queryClient.setQueryData<RecruitingDayListResponse>(queryKeys.citizen.recruitingDays(), (list) =>
        list ? { items: list.items.map((d) => (d.id === day.id ? day : d)) } : list,
      );
    },
  });
}
