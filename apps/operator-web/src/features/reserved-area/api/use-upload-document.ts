import { queryKeys, uploadDocument } from '@opencpi/api-client';
import type { DocumentType } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/dossier/citizens/:citizenId/documents (multipart: type, file) */
export function useUploadDocument(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, type }: { file: File; type: DocumentType }) => uploadDocument(file, type, citizenId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.documents(citizenId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.operator.timeline(citizenId) });
    },
  });
}
