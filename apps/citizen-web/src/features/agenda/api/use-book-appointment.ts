import { bookAppointment, queryKeys } from '@opencpi/api-client';
import type { AppointmentChannel, AppointmentListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/citizen/agenda/appointments. The new appointment joins my list at once (so that "I miei appuntamenti"
 * shows it straight away), then the agenda (list and free slots) is read again.
 */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { slotId: string; channel: AppointmentChannel }) => bookAppointment(body),
    onSuccess: (booked) => {
      queryClient.setQueryData<AppointmentListResponse>(queryKeys.citizen.appointments(), (list) =>
        list ? { items: [...list.items.filter((a) => a.id !== booked.id), booked] } : list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.agenda() });
    },
  });
}
