import { getIvcCases, ivcKeys } from '@opencpi/api-client';
import type { IvcCaseState } from '@opencpi/contracts';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/ivc/cases?state=: the requests of my offices */
export function useIvcCases(state?: IvcCaseState) {
  return useQuery({ queryKey: ivcKeys.cases(state), queryFn: ({ signal }) => getIvcCases(state, signal) });
}
