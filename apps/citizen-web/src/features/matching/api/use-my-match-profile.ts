import { getMyProfile, queryKeys } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/citizen/matching/profile: my professional profile (pre-filled from my DID while `saved` is false). */
export function useMyMatchProfile() {
  return useQuery({
    queryKey: queryKeys.citizen.matchProfile(),
    queryFn: ({ signal }) => getMyProfile(signal),
  });
}
