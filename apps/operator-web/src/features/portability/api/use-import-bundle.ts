import { importBundle, portabilityKeys } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/portability/imports; the lists are read again. */
export function useImportBundle() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (file: File) => importBundle(file), onSuccess: () => void queryClient.invalidateQueries({ queryKey: portabilityKeys.imports() }) });
}
