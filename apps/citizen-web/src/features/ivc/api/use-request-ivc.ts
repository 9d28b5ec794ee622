import { ivcKeys, requestIvc } from '@opencpi/api-client';
import type { RequestIvcBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/ivc/cases; my requests are read again. */
export function useRequestIvc() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestIvcBody) => requestIvc(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ivcKeys.myCases() }),
  });
}
