import { queryKeys, uploadInPersonSignature } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onPattoChanged } from '../patto-cache';

/** POST /api/operator/patti/:pattoId/in-person-signature: the scanned copy the person signed at the desk. */
export function useUploadInPersonSignature(pattoId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadInPersonSignature(pattoId, file),
    onSuccess: (patto) => {
      onPattoChanged(queryClient, patto);
      // the scan is also a document of the person's reserved area
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.documents(patto.citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.timeline(patto.citizenId) });
    },
  });
}
