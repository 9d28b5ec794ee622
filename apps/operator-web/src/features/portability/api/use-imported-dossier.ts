import { getImport, portabilityKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/portability/imports/:importId: dossier.json as exported, and its files. */
export function useImportedDossier(importId: string) {
  return useQuery({ queryKey: portabilityKeys.import(importId), queryFn: ({ signal }) => getImport(importId, signal) });
}
