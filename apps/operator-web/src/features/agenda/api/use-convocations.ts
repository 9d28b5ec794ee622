import { getConvocations, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/agenda/convocations?officeId= */
export function useConvocations(officeId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.operator.convocations(officeId ?? ''),
    queryFn: ({ signal }) => getConvocations(officeId ?? '', signal),
    enabled: !!officeId,
  });
}
