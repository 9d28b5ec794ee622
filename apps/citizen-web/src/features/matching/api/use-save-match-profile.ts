import { queryKeys, saveMyProfile } from '@opencpi/api-client';
import type { SaveProfileBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markProfileSaved } from '../profile-change';

/**
 * PUT /api/citizen/matching/profile. The answer replaces my profile at once (now `saved`, with new suggestions);
 * the vacancies, their explanations and the course suggestions depend on it, so they are read again.
 */
export function useSaveMatchProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveProfileBody) => saveMyProfile(body),
    onSuccess: (profile) => {
      markProfileSaved();
      queryClient.setQueryData(queryKeys.citizen.matchProfile(), profile);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.citizen.matching(),
        predicate: (query) => query.queryKey[2] !== 'profile',
      });
    },
  });
}
