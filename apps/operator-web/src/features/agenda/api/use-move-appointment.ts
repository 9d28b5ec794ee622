import { moveAppointment, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/appointments/:id/move (to another free slot of the office, atomic); then the agenda is read again. */
export function useMoveAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, slotId }: { appointmentId: string; slotId: string }) => moveAppointment(appointmentId, slotId),
    // calendar and free slots both changed
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() }),
  });
}
