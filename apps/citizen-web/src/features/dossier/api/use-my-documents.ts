import { getDocuments, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/dossier/documents: the documents of my reserved area. */
export function useMyDocuments() {
  return useQuery({
    queryKey: queryKeys.citizen.documents(),
    queryFn: ({ signal }) => getDocuments(undefined, signal),
  });
}
