import { portabilityKeys, requestExport } from '@opencpi/api-client';
import type { RequestExportBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/portability/exports; the list is read again (and then polled). */
export function useRequestExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestExportBody) => requestExport(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: portabilityKeys.exports() }),
  });
}
