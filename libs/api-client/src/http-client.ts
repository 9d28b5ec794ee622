import type { SessionResponse } from '@opencpi/contracts';
import { ApiProblem } from './api-problem';

/** Same-origin base: the Vite dev/preview proxy (and the production reverse proxy) forward /api to the API. */
export const API_BASE = '/api';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  /** serialised as JSON; a FormData is sent as multipart/form-data (file uploads) */
  body?: unknown;
  signal?: AbortSignal;
}

const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/* ---- CSRF token: kept in memory only (never in storage), refreshed from GET /api/auth/session ---- */

let csrfToken: string | undefined;
let pendingSession: Promise<SessionResponse> | undefined;

export const getCsrfToken = (): string | undefined => csrfToken;
export const clearCsrfToken = (): void => {
  csrfToken = undefined;
};

/** Remembers the CSRF token of a session answer (or forgets it when logged out). */
export function rememberSession(session: SessionResponse): SessionResponse {
  csrfToken = session.authenticated ? session.csrfToken : undefined;
  return session;
}

/** GET /api/auth/session: always 200; remembers the CSRF token. Concurrent calls share one request. */
export function fetchSession(): Promise<SessionResponse> {
  if (!pendingSession) {
    // no AbortSignal: the request is shared, one caller going away must not cancel it for the others
    pendingSession = apiRequest<SessionResponse>('/auth/session')
      .then(rememberSession)
      .finally(() => {
        pendingSession = undefined;
      });
  }
  return pendingSession;
}

async function ensureCsrfToken(): Promise<string | undefined> {
  if (csrfToken) return csrfToken;
  await fetchSession();
  return csrfToken;
}

/* ---- requests ---- */

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}

/**
 * fetch() for the OpenCPI API: same origin, cookies included, JSON in and out, `X-CSRF-Token` on state-changing
 * methods, and every non-2xx answer thrown as an {@link ApiProblem}. A request refused for a stale CSRF token is
 * retried once with a fresh token.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}, retried = false): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const multipart = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers.set('Content-Type', 'application/json');
  if (STATE_CHANGING.has(method)) {
    const token = await ensureCsrfToken();
    if (token) headers.set('X-CSRF-Token', token);
  }

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw ApiProblem.network(e);
  }

  if (res.ok) {
    if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
    return (await res.json()) as T;
  }

  const problem = await ApiProblem.fromResponse(res);
  if (problem.code === 'CSRF_TOKEN_INVALID' && STATE_CHANGING.has(method) && !retried) {
    clearCsrfToken();
    return apiRequest<T>(path, options, true);
  }
  if (problem.isUnauthenticated) clearCsrfToken();
  throw problem;
}
