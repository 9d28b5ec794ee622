import { getImportsOfCitizen, portabilityKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/portability/citizens/:citizenId/imports: the person's history from other regions. */
export function useCitizenImports(citizenId: string) {
  return useQuery({ queryKey: portabilityKeys.importsOf(citizenId), queryFn: ({ signal }) => getImportsOfCitizen(citizenId, signal) });
}
