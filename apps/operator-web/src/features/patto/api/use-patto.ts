import { getPatto, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/patti/:pattoId: the patto with all its versions, signatures and diffs. */
export function usePatto(pattoId: string) {
  return useQuery({
    queryKey: queryKeys.operator.pattoById(pattoId),
    queryFn: ({ signal }) => getPatto(pattoId, signal),
    enabled: pattoId !== '',
  });
}
