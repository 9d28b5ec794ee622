import type { paths } from './generated/openapi';

/** The document's paths that answer a GET: the only ones a link (`<a href>`, a full-page navigation) can point at. */
export type ApiGetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

type GetParameters<P extends ApiGetPath> = paths[P] extends { get: { parameters: infer X } } ? X : never;
type PathParams<P extends ApiGetPath> = GetParameters<P> extends { path: infer X } ? X : Record<string, never>;
type QueryParams<P extends ApiGetPath> = GetParameters<P> extends { query?: infer X } ? NonNullable<X> : never;

/**
 * The URL of a GET route of the document, for a link the browser follows with the session cookie (PDF, iCalendar,
 * document content, the SPID/CIE login redirect). The path literal and its parameters are checked against the
 * document, like the typed client's calls:
 *
 *     apiUrl('/api/citizen/patti/{pattoId}/versions/{version}/pdf', { pattoId, version })
 */
export function apiUrl<P extends ApiGetPath>(path: P, params: PathParams<P>, query?: QueryParams<P>): string {
  const values = params as Record<string, string | number>;
  const pathname = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`apiUrl: no value for {${name}} of ${path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
