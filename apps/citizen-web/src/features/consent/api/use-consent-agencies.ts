import { consentKeys, getConsentAgencies } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/consent/agencies: the accredited agencies of my region (for the grant form). */
export function useConsentAgencies() {
  return useQuery({ queryKey: consentKeys.agencies(), queryFn: ({ signal }) => getConsentAgencies(signal), staleTime: 5 * 60_000 });
}
