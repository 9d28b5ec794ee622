import { getDocuments, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/dossier/citizens/:citizenId/documents */
export function useDocuments(citizenId: string) {
  return useQuery({
    queryKey: queryKeys.operator.documents(citizenId),
    queryFn: ({ signal }) => getDocuments(citizenId, signal),
    enabled: citizenId !== '',
  });
}
