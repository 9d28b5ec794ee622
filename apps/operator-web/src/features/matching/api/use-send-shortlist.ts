import { sendShortlist } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onCandidatesChanged } from '../matching-cache';

/** POST …/vacancies/:vacancyId/shortlist/send: shares the shortlist with the employer, anonymised; each person is asked for consent. */
export function useSendShortlist(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendShortlist(vacancyId),
    onSuccess: () => onCandidatesChanged(queryClient, vacancyId),
  });
}
