import { condizionalitaKeys, getConditionalityCases, type ConditionalityCaseListParams } from '@opencpi/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

/** GET /api/operator/condizionalita/cases: the worklist of my offices, filtered, by deadline, one page. */
export function useConditionalityCases(params: ConditionalityCaseListParams) {
  return useQuery({
    queryKey: condizionalitaKeys.operator.cases(params),
    queryFn: ({ signal }) => getConditionalityCases(params, signal),
    placeholderData: keepPreviousData,
  });
}
