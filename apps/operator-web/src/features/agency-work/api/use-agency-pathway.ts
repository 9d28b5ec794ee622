import { agencyWorkKeys, getAgencyPathway } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agencies/citizens/:citizenId/pathway: assignments, outcomes, services delivered, SAP section 6 rows. */
export function useAgencyPathway(citizenId: string) {
  return useQuery({
    queryKey: agencyWorkKeys.operator.pathway(citizenId),
    queryFn: ({ signal }) => getAgencyPathway(citizenId, signal),
  });
}
