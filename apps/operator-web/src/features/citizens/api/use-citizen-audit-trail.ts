import { getCitizenAuditTrail, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/citizens/:citizenId/audit-events: who read or changed this person's data. */
export function useCitizenAuditTrail(citizenId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.operator.auditTrail(citizenId),
    queryFn: ({ signal }) => getCitizenAuditTrail(citizenId, signal),
    enabled: enabled && citizenId !== '',
  });
}
