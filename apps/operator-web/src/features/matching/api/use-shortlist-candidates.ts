import { shortlistCandidates } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onCandidatesChanged } from '../matching-cache';

/** POST …/vacancies/:vacancyId/shortlist: adds the chosen people to the shortlist. */
export function useShortlistCandidates(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (citizenIds: string[]) => shortlistCandidates(vacancyId, citizenIds),
    onSuccess: () => onCandidatesChanged(queryClient, vacancyId),
  });
}
