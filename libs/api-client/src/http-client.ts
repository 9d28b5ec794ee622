import type { SessionResponse } from '@opencpi/contracts';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiProblem } from './api-problem';
import { withEnums } from './enum-width';
import type { paths } from './generated/openapi';

/**
 * The typed client over the committed OpenAPI document (docs/openapi.json → generated/openapi.d.ts): paths, parameters,
 * bodies and answers all come from the document, so a removed route or a changed field breaks the SPA typecheck.
 * Same origin: the Vite dev/preview proxy (and the production reverse proxy) forward /api to the API.
 */
export type ApiPaths = paths;
export type ApiClient = Client<paths>;

/** Prefix of every API path (the document's paths start with it). */
export const API_BASE = '/api';

const STATE_CHANGING: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
    pendingSession = call(() => apiClient().GET('/api/auth/session'))
      // the document types user.spidLevel as an integer (contracts: `@IsInt() spidLevel!: SpidLevel`, i.e. 1 | 2 | 3)
      .then((session) => rememberSession(withEnums<SessionResponse>(session)))
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

/* ---- the typed client ---- */

/**
 * Cookies, JSON in and out, `X-CSRF-Token` on state-changing methods; every non-2xx answer is thrown as an
 * {@link ApiProblem} (problem+json → code, correlation id, field errors), a failed connection as NETWORK_ERROR.
 */
const sessionMiddleware: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    // the UI language (createI18n keeps <html lang> in step): texts the API writes (service names…) come in it
    const uiLanguage = typeof document !== 'undefined' ? document.documentElement.lang : '';
    if (uiLanguage) request.headers.set('Accept-Language', uiLanguage);
    if (STATE_CHANGING.has(request.method)) {
      const token = await ensureCsrfToken();
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const problem = await ApiProblem.fromResponse(response);
    if (problem.isUnauthenticated) clearCsrfToken();
    throw problem;
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined; // rethrown as it is
    return ApiProblem.network(error);
  },
};

export interface ApiClientOptions {
  /** origin in front of the document's paths; '' (same origin) in the SPAs */
  baseUrl?: string;
  /** defaults to the global fetch, looked up at each request (so tests can replace it) */
  fetch?: (request: Request) => Promise<Response>;
}

/** A typed client configured like the SPAs need it (see {@link apiClient} for the shared one). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'include',
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    // like the hand-written client did: an empty text field is "no filter", not `?q=`
    querySerializer: (query) => serializeQuery(query as Record<string, unknown>),
  });
  client.use(sessionMiddleware);
  return client;
}

function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
}

let shared: ApiClient = createApiClient();

/** The client every endpoint function (and any query hook) uses. */
export const apiClient = (): ApiClient => shared;

/** Replaces the shared client (tests; a non-browser host that needs an absolute origin). */
export function configureApiClient(options: ApiClientOptions): void {
  shared = createApiClient(options);
}

/** What a call of the typed client resolves to (errors never get here: the middleware throws them). */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Runs one request of the typed client and answers its data (undefined for a 204). A request refused for a stale CSRF
 * token is sent again, once, with a fresh token.
 *
 *     export const getPatto = (pattoId: string, signal?: AbortSignal): Promise<PattoResponse> =>
 *       call(() => apiClient().GET('/api/operator/patti/{pattoId}', { params: { path: { pattoId } }, signal }));
 */
export async function call<T>(send: () => Promise<FetchResult<T>>, retried = false): Promise<T> {
  try {
    const { data } = await send();
    return data as T;
  } catch (e) {
    if (!retried && e instanceof ApiProblem && e.code === 'CSRF_TOKEN_INVALID') {
      clearCsrfToken();
      return call(send, true);
    }
    throw e;
  }
}
