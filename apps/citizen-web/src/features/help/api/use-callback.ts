import { assistanceKeys, getMyCallback, requestCallback } from '@opencpi/api-client';
import type { CallbackRequestBody } from '@opencpi/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** GET /api/citizen/assistance/callback-requests/latest (only when logged in). */
export function useMyCallback(enabled: boolean) {
  return useQuery({ queryKey: assistanceKeys.myCallback(), queryFn: ({ signal }) => getMyCallback(signal), enabled });
}

/** POST /api/citizen/assistance/callback-requests: the answer becomes my latest request. */
export function useRequestCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallbackRequestBody) => requestCallback(body),
    onSuccess: (request) => queryClient.setQueryData(assistanceKeys.myCallback(), { request }),
  });
}
