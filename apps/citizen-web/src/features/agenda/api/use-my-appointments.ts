import { getMyAppointments, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/agenda/appointments: my appointments. */
export function useMyAppointments() {
  return useQuery({
    queryKey: queryKeys.citizen.appointments(),
    queryFn: ({ signal }) => getMyAppointments(signal),
  });
}
