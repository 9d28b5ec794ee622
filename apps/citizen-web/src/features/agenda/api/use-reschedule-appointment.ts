import { queryKeys, rescheduleMyAppointment } from '@opencpi/api-client';
import type { AppointmentListResponse, AppointmentResponse } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * POST /api/citizen/agenda/appointments/:id/reschedule (same channel). The API cancels the old appointment and books
 * a new one: `onRescheduled` runs first (to leave the page that shows the old one), then the new appointment
 * replaces the old in my list and the agenda is read again.
 */
export function useRescheduleAppointment({ onRescheduled }: { onRescheduled?: (appointment: AppointmentResponse) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, slotId }: { appointmentId: string; slotId: string }) => rescheduleMyAppointment(appointmentId, slotId),
    onSuccess: (moved, { appointmentId }) => {
      onRescheduled?.(moved);
      queryClient.setQueryData<AppointmentListResponse>(queryKeys.citizen.appointments(), (list) =>
        list ? { items: [...list.items.filter((a) => a.id !== appointmentId && a.id !== moved.id), moved] } : list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.agenda() });
    },
  });
}
