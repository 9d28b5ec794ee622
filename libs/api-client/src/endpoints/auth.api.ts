import type { IdentityProviderKind, IdentityProviderListResponse, LoginApp, LogoutResponse, SessionResponse, SpidLevel } from '@opencpi/contracts';
import { apiUrl } from '../api-url';
import { apiClient, call, clearCsrfToken, fetchSession } from '../http-client';

/** GET /api/auth/idps: the identity providers for "Entra con SPID" and "Entra con CIE". */
export function getIdentityProviders(signal?: AbortSignal): Promise<IdentityProviderListResponse> {
  return call(() => apiClient().GET('/api/auth/idps', { signal }));
}

/** GET /api/auth/session (always 200); keeps the CSRF token in memory for later POSTs. */
export function getSession(): Promise<SessionResponse> {
  return fetchSession();
}

/** POST /api/auth/logout (with X-CSRF-Token): ends the session; navigate to `redirectTo` afterwards. */
export async function logout(): Promise<LogoutResponse> {
  const res = await call(() => apiClient().POST('/api/auth/logout'));
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

const LOGIN_PATHS = { spid: '/api/auth/spid/login', cie: '/api/auth/cie/login', eidas: '/api/auth/eidas/login' } as const satisfies Record<IdentityProviderKind, string>;

/**
 * Where to send the browser (full-page navigation, not fetch) to start a SPID or CIE login, e.g.
 * `/api/auth/spid/login?idp=test&level=2&app=citizen`.
 */
export function loginUrl({ kind, idp, app, level = 2 }: LoginUrlOptions): string {
  return apiUrl(LOGIN_PATHS[kind], {}, { idp, level, app });
}
