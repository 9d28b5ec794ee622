import { getCitizenAppointments, operatorHomeKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/citizens/:citizenId/appointments: the person's appointments, most recent first (audited). */
export function useCitizenAppointments(citizenId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: operatorHomeKeys.citizenAppointments(citizenId),
    queryFn: ({ signal }) => getCitizenAppointments(citizenId, signal),
    enabled: enabled && citizenId !== '',
  });
}
