import { queryKeys, recordAttendance } from '@opencpi/api-client';
import type { AttendanceOutcome } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/agenda/appointments/:id/attendance; done once the agenda has been read again. */
export function useRecordAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ appointmentId, outcome }: { appointmentId: string; outcome: AttendanceOutcome }) => recordAttendance(appointmentId, outcome),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.operator.agenda() }),
  });
}
