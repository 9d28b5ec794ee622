import { cancelMyAppointment, queryKeys } from '@opencpi/api-client';
import type { AppointmentListResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/citizen/agenda/appointments/:id/cancel. The answer replaces the appointment in the list at once,
 * then the agenda is read again (also after a failure: the appointment may have stopped being changeable).
 */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, reason }: { appointmentId: string; reason?: string }) => cancelMyAppointment(appointmentId, reason),
    onSuccess: (updated) => {
      queryClient.setQueryData<AppointmentListResponse>(queryKeys.citizen.appointments(), (list) =>
        list ? { items: list.items.map((a) => (a.id === updated.id ? updated : a)) } : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.citizen.agenda() }),
  });
}
