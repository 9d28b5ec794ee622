import { intermediariesKeys, uploadForPerson } from '@opencpi/api-client';
import type { DocumentUpload } from '@opencpi/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/intermediary/people/:citizenId/documents; the person's actions are read again. */
export function useUploadForPerson(citizenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, type }: DocumentUpload) => uploadForPerson(citizenId, file, type),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: intermediariesKeys.person(citizenId) }),
  });
}
