import { bookForPerson, intermediariesKeys, queryKeys } from '@opencpi/api-client';
import type { AppointmentChannel } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/intermediary/people/:citizenId/appointments; the person's appointments and actions are read again. */
export function useBookForPerson(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { slotId: string; channel: AppointmentChannel }) => bookForPerson(citizenId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: intermediariesKeys.person(citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.agenda() }); // the seat is taken
    },
  });
}
