import { cancelAppointmentAsOperator, queryKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/appointments/:id/cancel (the reason is shown to the person); then the agenda is read again. */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, reason }: { appointmentId: string; reason: string }) => cancelAppointmentAsOperator(appointmentId, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() }),
  });
}
