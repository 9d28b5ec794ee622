import { consentKeys, revokeConsent } from '@opencpi/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/consent/grants/:grantId/revoke; the list of grants is read again. */
export function useRevokeConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => revokeConsent(grantId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consentKeys.grants() }),
  });
}
