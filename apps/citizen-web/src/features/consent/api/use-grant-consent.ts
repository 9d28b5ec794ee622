import { consentKeys, grantConsent } from '@opencpi/api-client';
import type { GrantConsentBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/citizen/consent/grants (one grant per part); the list of grants is read again. */
export function useGrantConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantConsentBody) => grantConsent(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: consentKeys.grants() }),
  });
}
