import { consentKeys, getMyConsentGrants } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/consent/grants: my grants, revoked and expired included. */
export function useMyConsentGrants() {
  return useQuery({ queryKey: consentKeys.grants(), queryFn: ({ signal }) => getMyConsentGrants(signal) });
}
