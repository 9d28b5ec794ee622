import { companyKeys, getCompanyCandidateSearch, requestCandidateContact } from '@opencpi/api-client';
import type { CreateContactRequestBody } from '@opencpi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/employer/matching/vacancies/:vacancyId/candidate-search: anonymous, ranked, explained. */
export function useCandidateSearch(vacancyId: string) {
  return useQuery({ queryKey: companyKeys.candidateSearch(vacancyId), queryFn: ({ signal }) => getCompanyCandidateSearch(vacancyId, signal) });
}

/** POST /api/employer/matching/vacancies/:vacancyId/contact-requests */
export function useRequestCandidateContact(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContactRequestBody) => requestCandidateContact(vacancyId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.candidateSearch(vacancyId) }),
  });
}
