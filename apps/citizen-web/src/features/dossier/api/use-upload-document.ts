import { queryKeys, uploadDocument } from '@opencpi/api-client';
import type { DocumentListResponse, DocumentType } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/dossier/documents (multipart: type and file). The new document joins my list at once. */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, type }: { file: File; type: DocumentType }) => uploadDocument(file, type),
    onSuccess: (document) => {
      queryClient.setQueryData<DocumentListResponse>(queryKeys.citizen.documents(), (list) =>
        list ? { items: [...list.items.filter((d) => d.id !== document.id), document] } : list,
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.documents() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
  });
}
