import { answerContactRequest, companyKeys, getMyContactRequests } from '@opencpi/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/citizen/matching/contact-requests: companies that asked to get in touch with me. */
export function useMyContactRequests() {
  return useQuery({ queryKey: companyKeys.receivedContactRequests(), queryFn: ({ signal }) => getMyContactRequests(signal) });
}

/** POST /api/citizen/matching/contact-requests/:requestId/answer */
export function useAnswerContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, accept }: { requestId: string; accept: boolean }) => answerContactRequest(requestId, { accept }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.receivedContactRequests() }),
  });
}
