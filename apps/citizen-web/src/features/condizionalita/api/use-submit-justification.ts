import { condizionalitaKeys, queryKeys, submitJustification, uploadDocument } from '@opencpi/api-client';
import type { ConditionalityCaseResponse, JustificationReason } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';

export interface JustificationInput {
  reasonCode: JustificationReason;
  text: string;
  files: readonly File[];
}

/**
 * Sends my justification: each file is first uploaded to my reserved area (POST /api/citizen/dossier/documents, type
 * "proof"), then POST …/cases/:caseId/justification names them. A file already uploaded by an earlier attempt that
 * failed later is not uploaded again.
 */
export function useSubmitJustification(caseId: string) {
  const queryClient = useQueryClient();
  const uploaded = useRef(new WeakMap<File, string>());
  const uploading = useRef(false);
  const mutation = useMutation({
    mutationFn: async ({ reasonCode, text, files }: JustificationInput): Promise<ConditionalityCaseResponse> => {
      const documentIds: string[] = [];
      uploading.current = true;
      for (const file of files) {
        let documentId = uploaded.current.get(file);
        if (!documentId) {
          documentId = (await uploadDocument(file, 'proof')).id;
          uploaded.current.set(file, documentId);
        }
        documentIds.push(documentId);
      }
      uploading.current = false;
      return submitJustification(caseId, documentIds.length > 0 ? { reasonCode, text, documentIds } : { reasonCode, text });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(condizionalitaKeys.citizen.case(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: condizionalitaKeys.citizen.cases() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.timeline() });
    },
    // uploaded files are in my reserved area even when the justification itself failed
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.citizen.documents() }),
  });
  /** true when the last attempt failed while uploading a file (the error is about that file) */
  const failedWhileUploading = mutation.isError && uploading.current;
  return { ...mutation, failedWhileUploading };
}
