import { accreditationKeys, getAccreditedAgency } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/accreditation/agencies/:agencyId */
export function useAccreditedAgency(agencyId: string) {
  return useQuery({ queryKey: accreditationKeys.agency(agencyId), queryFn: ({ signal }) => getAccreditedAgency(agencyId, signal) });
}
