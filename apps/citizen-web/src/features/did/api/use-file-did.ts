import { fileDid, queryKeys } from '@opencpi/api-client';
import type { FileDidBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/patto/did. The answer is the new overview (the DID now active); the timeline gets a new event. */
export function useFileDid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FileDidBody) => fileDid(body),
    onSuccess: (overview) => {
      queryClient.setQueryData(queryKeys.citizen.did(), overview);
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}
