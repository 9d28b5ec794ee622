import { getCitizenDossier, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/registry/citizens/:citizenId (the read is audited). */
export function useCitizenDossier(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.dossier(citizenId),
    queryFn: ({ signal }) => getCitizenDossier(citizenId, signal),
    enabled: citizenId !== '',
  });
}
