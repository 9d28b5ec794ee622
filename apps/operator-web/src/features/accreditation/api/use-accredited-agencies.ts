import { accreditationKeys, getAccreditedAgencies } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/accreditation/agencies: the region's agencies with accreditation and clients. */
export function useAccreditedAgencies() {
  return useQuery({ queryKey: accreditationKeys.agencies(), queryFn: ({ signal }) => getAccreditedAgencies(signal) });
}
