import { consentKeys, getMyConsentAccessLog } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/consent/access-log: the agencies' reads of my data, newest first. */
export function useConsentAccessLog() {
  return useQuery({ queryKey: consentKeys.accessLog(), queryFn: ({ signal }) => getMyConsentAccessLog(signal) });
}
