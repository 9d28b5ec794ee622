import { getMyIvcCases, ivcKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/ivc/cases: my requests for validation, each with its phase and the documents issued. */
export function useMyIvcCases() {
  return useQuery({ queryKey: ivcKeys.myCases(), queryFn: ({ signal }) => getMyIvcCases(signal) });
}
