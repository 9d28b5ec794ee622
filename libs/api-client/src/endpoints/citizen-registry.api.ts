import type { CitizenProfileResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/** GET /api/citizen/registry/profile: my data as received from SPID/CIE and the CPI I belong to. */
export function getCitizenProfile(signal?: AbortSignal): Promise<CitizenProfileResponse> {
  return call(() => apiClient().GET('/api/citizen/registry/profile', { signal }));
}
