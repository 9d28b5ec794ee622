import type {
  IdentityProviderKind, IdentityProviderListResponse, LoginApp, LogoutResponse, SessionResponse, SpidLevel,
} from '@opencpi/contracts';
import { API_BASE, apiRequest, clearCsrfToken, fetchSession } from '../http-client';

/** GET /api/auth/idps: the identity providers for "Entra con SPID" and "Entra con CIE". */
export function getIdentityProviders(signal?: AbortSignal): Promise<IdentityProviderListResponse> {
  return apiRequest<IdentityProviderListResponse>('/auth/idps', { signal });
}

/** GET /api/auth/session (always 200); keeps the CSRF token in memory for later POSTs. */
export function getSession(): Promise<SessionResponse> {
  return fetchSession();
}

/** POST /api/auth/logout (with X-CSRF-Token): ends the session; navigate to `redirectTo` afterwards. */
export async function logout(): Promise<LogoutResponse> {
  const res = await apiRequest<LogoutResponse>('/auth/logout', { method: 'POST' });
  clearCsrfToken();
  return res;
}

export interface LoginUrlOptions {
  kind: IdentityProviderKind;
  /** `id` of an item of GET /api/auth/idps */
  idp: string;
  app: LoginApp;
  level?: SpidLevel;
}

/**
 * Where to send the browser (full-page navigation, not fetch) to start a SPID or CIE login, e.g.
 * `/api/auth/spid/login?idp=test&level=2&app=citizen`.
 */
export function loginUrl({ kind, idp, app, level = 2 }: LoginUrlOptions): string {
  const params = new URLSearchParams({ idp, level: String(level), app });
  return `${API_BASE}/auth/${kind}/login?${params.toString()}`;
}
