import { getImports, portabilityKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/portability/imports: dossiers imported by my offices. */
export function useImports() {
  return useQuery({ queryKey: portabilityKeys.imports(), queryFn: ({ signal }) => getImports(signal) });
}
