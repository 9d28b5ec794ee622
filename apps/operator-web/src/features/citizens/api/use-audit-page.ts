import { getCitizenAuditPage, operatorHomeKeys, type AuditPageParams } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/citizens/:citizenId/audit-events?limit=&before=: one page of the access log (audited). */
export function useAuditPage(citizenId: string, params: AuditPageParams) {
  return useQuery({
    queryKey: operatorHomeKeys.auditPage(citizenId, params),
    queryFn: ({ signal }) => getCitizenAuditPage(citizenId, params, signal),
    enabled: citizenId !== '',
    placeholderData: keepPreviousData,
  });
}
