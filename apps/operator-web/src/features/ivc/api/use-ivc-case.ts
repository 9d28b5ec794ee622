import { getIvcCase, ivcKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/ivc/cases/:caseId */
export function useIvcCase(caseId: string) {
  return useQuery({ queryKey: ivcKeys.case(caseId), queryFn: ({ signal }) => getIvcCase(caseId, signal), enabled: caseId !== '' });
}
