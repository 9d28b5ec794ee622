import { accreditationKeys, registerAgencyClient, revokeAgencyClient, saveAccreditation, setAccreditationStatus } from '@opencpi/api-client';
import type { AccreditationBody, AccreditationStatusBody, RegisterAgencyClientBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** After any change the registry (list and the agency) is read again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: accreditationKeys.agencies() });
}

/** PUT …/accreditation */
export function useSaveAccreditation(agencyId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: AccreditationBody) => saveAccreditation(agencyId, body), onSuccess: refresh });
}
/** POST …/accreditation/status */
export function useSetAccreditationStatus(agencyId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: AccreditationStatusBody) => setAccreditationStatus(agencyId, body), onSuccess: refresh });
}
/** POST …/clients */
export function useRegisterAgencyClient(agencyId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: RegisterAgencyClientBody) => registerAgencyClient(agencyId, body), onSuccess: refresh });
}
/** POST …/clients/:clientId/revoke */
export function useRevokeAgencyClient(agencyId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (clientId: string) => revokeAgencyClient(agencyId, clientId), onSuccess: refresh });
}
