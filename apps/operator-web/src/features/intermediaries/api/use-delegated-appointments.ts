import { getDelegatedAppointments, intermediariesKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/intermediary/people/:citizenId/appointments (only with the `appointments` scope). */
export function useDelegatedAppointments(citizenId: string, enabled: boolean) {
  return useQuery({ queryKey: intermediariesKeys.personAppointments(citizenId), queryFn: ({ signal }) => getDelegatedAppointments(citizenId, signal), enabled, retry: false });
}
