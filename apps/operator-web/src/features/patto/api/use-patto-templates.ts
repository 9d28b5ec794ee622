import { getPattoTemplates, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/patto/templates: one template per GOL pathway. */
export function usePattoTemplates() {
  return useQuery({
    queryKey: queryKeys.operator.pattoTemplates(),
    queryFn: ({ signal }) => getPattoTemplates(signal),
    staleTime: 10 * 60_000,
  });
}
