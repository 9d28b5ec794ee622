import { condizionalitaKeys, getMyConditionalityCase } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/condizionalita/cases/:caseId: one of my cases, with my justification, the decision and the measure. */
export function useMyConditionalityCase(caseId: string) {
  return useQuery({
    queryKey: condizionalitaKeys.citizen.case(caseId),
    queryFn: ({ signal }) => getMyConditionalityCase(caseId, signal),
  });
}
