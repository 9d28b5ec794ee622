import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AGENCY_SCHEME } from './openapi-operations';

export const AGENCY_API_PREFIX = '/api/agency/v1';
export const AGENCY_OPENAPI_PATH = `${AGENCY_API_PREFIX}/openapi.json`;
/** The agency API's own version (ModI RAC_GEN_002: `major.minor.patch`; the major is in the path). */
export const AGENCY_API_VERSION = '1.0.0';

/** Every `#/components/<kind>/<name>` the node refers to, transitively. */
function reachable(doc: OpenAPIObject, roots: unknown[]): Set<string> {
  const seen = new Set<string>();
  const components = doc.components as Record<string, Record<string, unknown>>;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/') && !seen.has(v)) {
        seen.add(v);
        const [, , kind, name] = v.split('/');
        visit(components[kind ?? '']?.[name ?? '']);
      } else visit(v);
    }
  };
  roots.forEach(visit);
  return seen;
}

/**
 * The agency API's own OpenAPI document (ModI RAC_GEN_001): the `/api/agency/v1` operations of the whole document, with
 * the OAuth 2.0 client-credentials security scheme and its scopes, and only the components they use.
 */
export function agencyOpenApiDocument(whole: OpenAPIObject): OpenAPIObject {
  const doc = structuredClone(whole);
  const machine = (op: unknown): boolean => {
    const security = (op as { security?: Record<string, unknown>[] } | undefined)?.security;
    return Array.isArray(security) && (security.length === 0 || security.every((s) => AGENCY_SCHEME in s));
  };
  // the agency's machine routes (bearer token) and the public ones; agency staff's browser routes (session) stay out
  doc.paths = Object.fromEntries(
    Object.entries(doc.paths)
      .filter(([p]) => p === AGENCY_API_PREFIX || p.startsWith(`${AGENCY_API_PREFIX}/`))
      .map(([p, item]) => [p, Object.fromEntries(Object.entries(item as object).filter(([, op]) => machine(op)))])
      .filter(([, item]) => Object.keys(item as object).length > 0),
  );
  doc.info = {
    ...doc.info,
    title: 'OpenCPI agency API',
    version: AGENCY_API_VERSION,
    description:
      'Machine API for accredited employment agencies (APL). OAuth 2.0 client credentials with private_key_jwt client authentication (RFC 7523): ' +
      'sign a JWT (iss = sub = your client id, aud = the token URL, exp at most 5 minutes ahead, a new jti) with a key you registered, ' +
      'POST it to /api/agency/v1/oauth/token, send the token as `Authorization: Bearer`. Every POST needs an `Idempotency-Key`; updates need ' +
      '`If-Match` with the ETag you read. Errors are `application/problem+json` (RFC 9457) with a stable `code` (and OAuth `error` where it applies); ' +
      'times are RFC 3339 UTC; every answer carries X-RateLimit-Limit/Remaining/Reset, 429 carries Retry-After.',
  };
  const used = reachable(doc, [doc.paths]);
  const components = doc.components as Record<string, Record<string, unknown> | undefined>;
  for (const kind of ['schemas', 'responses', 'headers']) {
    const table = components[kind];
    if (!table) continue;
    for (const name of Object.keys(table)) if (!used.has(`#/components/${kind}/${name}`)) delete table[name];
  }
  const schemes = components['securitySchemes'];
  if (schemes) components['securitySchemes'] = { [AGENCY_SCHEME]: schemes[AGENCY_SCHEME] };
  doc.tags = (doc.tags ?? []).filter((t) => Object.values(doc.paths).some((item) => Object.values(item as object).some((op: { tags?: string[] }) => op?.tags?.includes(t.name))));
  return doc;
}

/** Serves the agency document next to the API it describes (public, like /api/openapi.json). */
export function mountAgencyOpenApi(app: INestApplication, whole: OpenAPIObject): void {
  const doc = agencyOpenApiDocument(whole);
  const body = JSON.stringify(doc);
  (app.getHttpAdapter().getInstance() as { get: (path: string, h: (req: Request, res: Response) => void) => void }).get(AGENCY_OPENAPI_PATH, (_req, res) => {
    res.type('application/json').setHeader('Cache-Control', 'no-cache');
    res.send(body);
  });
}
