import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type ErrorCode } from '@opencpi/contracts';
import { AGENCY_ACCESS_ERRORS } from '../../modules/agencies/agency-access.errors';
import { AGENCY_WORK_ERRORS } from '../../modules/agencies/agency-work.errors';
import { AGENDA_ERRORS } from '../../modules/agenda/agenda.errors';
import { CONDIZIONALITA_ERRORS } from '../../modules/condizionalita/condizionalita.errors';
import { DOSSIER_ERRORS } from '../../modules/dossier/dossier.errors';
import { IDENTITY_ERRORS } from '../../modules/identity/identity.errors';
import { MATCHING_ERRORS } from '../../modules/matching/matching.errors';
import { NOTIFICATIONS_ERRORS } from '../../modules/notifications/notifications.errors';
import { PATTO_ERRORS } from '../../modules/patto/patto.errors';
import { REGISTRY_ERRORS } from '../../modules/registry/registry.errors';
import { PLATFORM_ERRORS, type ErrorStatus } from '../errors/error-status';
import type { RouteFacts } from './openapi-routes';
import type { JsonSchema } from './openapi-schemas';

type Table = Partial<Record<ErrorCode, ErrorStatus>>;
/** The error table each module owns (its *.errors.ts): the codes its routes answer, by status. */
const MODULE_ERRORS: Record<string, Table> = {
  AgenciesModule: { ...AGENCY_ACCESS_ERRORS, ...AGENCY_WORK_ERRORS },
  AgendaModule: AGENDA_ERRORS,
  CondizionalitaModule: CONDIZIONALITA_ERRORS,
  DossierModule: DOSSIER_ERRORS,
  IdentityModule: IDENTITY_ERRORS,
  MatchingModule: MATCHING_ERRORS,
  NotificationsModule: NOTIFICATIONS_ERRORS,
  PattoModule: PATTO_ERRORS,
  RegistryModule: REGISTRY_ERRORS,
};

export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';
/** OAuth 2.0 client credentials of the agency API (private_key_jwt), with its scopes */
export const AGENCY_SCHEME = 'agencyOAuth';
const SAFE = new Set(['get', 'head', 'options']);
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const STATUS_PROBLEM_REF = { $ref: '#/components/schemas/StatusProblem' };
const COMMON_HEADERS = {
  'X-Correlation-Id': { $ref: '#/components/headers/X-Correlation-Id' },
  'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' },
  'X-RateLimit-Reset': { $ref: '#/components/headers/X-RateLimit-Reset' },
};

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema; description?: string }[];
  requestBody?: unknown;
  responses: Record<string, { description?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  security?: Record<string, string[]>[];
  [ext: `x-${string}`]: unknown;
}

const codesWith = (table: Table, status: number): string[] =>
  Object.entries(table)
    .filter(([, v]) => v?.status === status)
    .map(([code]) => code);

function problemResponse(status: number, codes: string[], explicit?: string) {
  const reason = STATUS_CODES[status] ?? 'Error';
  const text = explicit && explicit.trim() ? explicit.trim() : reason;
  return {
    description: `${text}${codes.length ? ` (problem codes: ${codes.join(', ')})` : ''}`,
    headers: { ...COMMON_HEADERS, ...(status === 429 || status === 503 ? { 'Retry-After': { $ref: '#/components/headers/Retry-After' } } : {}) },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } },
  };
}

/** Inline schema of one property of a DTO schema (query and path parameters are flat). */
const propertyOf = (schemas: Record<string, JsonSchema>, cls: { name: string } | undefined, name: string): JsonSchema | undefined =>
  cls ? (schemas[cls.name]?.['properties'] as Record<string, JsonSchema> | undefined)?.[name] : undefined;

const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function scalarSchema(type: unknown): JsonSchema {
  if (type === Number) return { type: 'integer', format: 'int32' };
  if (type === Boolean) return { type: 'boolean' };
  return { type: 'string' };
}

function describePolicy(facts: RouteFacts | undefined, method: string): string {
  const p = facts?.policy;
  if (!p) return 'Access: refused to everyone (no policy declared).';
  if (p.kind === 'public') {
    return `Access: public, no session needed.${p.csrf && !SAFE.has(method) ? ' If a session cookie is sent, its CSRF token must be sent too (X-CSRF-Token).' : ''}`;
  }
  if (p.kind === 'agency') {
    return `Access: an accredited agency's client, with an OAuth 2.0 bearer token (client credentials, private_key_jwt) holding the scope ${p.scopes.join(', ')}; the agency's accreditation must be active. Session cookies are not accepted.`;
  }
  const roles = p.roles.join(', ');
  return (
    `Access: a session (cookie) of a user with role ${roles}, authenticated with SPID/CIE level ${p.minLevel} or higher.` +
    (SAFE.has(method) ? '' : ' State-changing: send the csrfToken of GET /api/auth/session in the X-CSRF-Token header.')
  );
}

/**
 * Completes one operation from the route's metadata: path and query parameters, request body, the success status the
 * server really answers, problem+json errors with the stable codes of the route's module, security and a description.
 */
export function completeOperation(path: string, method: string, op: Operation, facts: RouteFacts | undefined, schemas: Record<string, JsonSchema>): void {
  const table: Table = { ...PLATFORM_ERRORS, ...(MODULE_ERRORS[facts?.module ?? ''] ?? {}) };
  const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);

  // parameters: path ones from the route, query ones from the @Query() DTO
  const params = (op.parameters ?? []).filter((p) => p.in !== 'path' || pathNames.includes(p.name));
  const has = (name: string, where: string) => params.some((p) => p.name === name && p.in === where);
  for (const name of pathNames) {
    if (has(name, 'path')) continue;
    const named = facts?.namedParams.find((n) => n.name === name);
    const schema = propertyOf(schemas, facts?.paramDto, name) ?? scalarSchema(named?.type);
    params.push({ name, in: 'path', required: true, schema: { ...schema } });
  }
  if (facts?.queryDto) {
    const dto = schemas[facts.queryDto.name];
    const required = (dto?.['required'] as string[] | undefined) ?? [];
    for (const [name, schema] of Object.entries((dto?.['properties'] as Record<string, JsonSchema> | undefined) ?? {})) {
      if (!has(name, 'query')) params.push({ name, in: 'query', required: required.includes(name), schema: { ...schema } });
    }
  }
  const idempotent = facts?.policy?.kind === 'agency' && method === 'post';
  if (idempotent && !has('Idempotency-Key', 'header')) {
    const description =
      'Required on every POST of the agency API: a retry with the same key and request gets the first answer (Idempotent-Replayed: true); another request with it is 422';
    params.push({ name: 'Idempotency-Key', in: 'header', required: true, description, schema: { type: 'string', minLength: 1, maxLength: 200 } });
  }
  for (const q of facts?.namedQueries ?? []) if (!has(q.name, 'query')) params.push({ name: q.name, in: 'query', required: false, schema: scalarSchema(q.type) });
  for (const p of params) {
    const d = p.schema?.['description'];
    if (!p.description) p.description = typeof d === 'string' ? d : humanize(p.name);
  }
  op.parameters = params;
  if (facts?.bodyDto && !op.requestBody) {
    op.requestBody = { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${facts.bodyDto.name}` } } } };
  }

  // the success status as Nest answers it: @HttpCode, else 201 for POST and 200 otherwise
  const responses = op.responses ?? {};
  const success = Object.keys(responses).filter((s) => /^[23]\d\d$/.test(s));
  if (facts && !facts.ownResponse) {
    const real = String(facts.httpCode ?? (method === 'post' ? 201 : 200));
    const chosen = responses[real] ?? (success[0] ? responses[success[0]] : undefined) ?? {};
    for (const s of success) delete responses[s];
    if (real === '204') delete chosen.content;
    responses[real] = chosen;
  } else if (success.length === 0) {
    responses['200'] = {};
  }
  for (const [status, r] of Object.entries(responses)) {
    if (!/^[23]\d\d$/.test(status)) continue;
    if (!r.description) r.description = STATUS_CODES[Number(status)] ?? 'Success';
    r.headers = {
      ...COMMON_HEADERS,
      ...(status.startsWith('3') ? { Location: { description: 'Where to go next', schema: { type: 'string', format: 'uri-reference' } } } : {}),
      ...(r.headers ?? {}),
    };
    // files, pages and metadata written by the handler itself, in the media types it declares
    if (status.startsWith('2') && status !== '204' && !r.content && facts?.produces.length) {
      r.content = Object.fromEntries(facts.produces.map((type) => [type, { schema: { type: 'string', ...(/^text\/|xml/.test(type) ? {} : { contentMediaType: type }) } }]));
    }
  }

  // status endpoints (AgID RAC_REST_NAME_011) answer problem+json even when all is well, 503 included
  const statusProblem = Object.entries(responses).some(([st, r]) => /^2/.test(st) && r.content?.[PROBLEM_CONTENT_TYPE]);
  for (const [st, r] of Object.entries(responses)) {
    const media = r.content?.[PROBLEM_CONTENT_TYPE] as { schema?: object } | undefined;
    if (statusProblem && media && (/^2/.test(st) || st === '503') && !Object.keys(media.schema ?? {}).length) media.schema = STATUS_PROBLEM_REF;
  }

  // errors: the declared ones get the problem body; the ones every route of this kind can answer are added
  const errorStatuses = new Set(
    Object.keys(responses)
      .filter((s) => /^[45]\d\d$/.test(s))
      .map(Number),
  );
  const isRoles = facts?.policy?.kind === 'roles' || facts?.policy?.kind === 'agency';
  if (params.length > 0 || op.requestBody) errorStatuses.add(400);
  if (isRoles) errorStatuses.add(401).add(403);
  if (!SAFE.has(method) && (facts?.policy?.kind === 'roles' || (facts?.policy?.kind === 'public' && facts.policy.csrf))) errorStatuses.add(403);
  if (pathNames.length > 0) errorStatuses.add(404);
  if (idempotent) errorStatuses.add(409).add(422);
  // a JSON body in another charset or encoding (AgID RAC_REST_NAME_008: 415 for an unsupported Content-Type)
  if ((op.requestBody as { content?: object } | undefined)?.content && 'application/json' in (op.requestBody as { content: object }).content) errorStatuses.add(415);
  errorStatuses.add(429).add(500);
  for (const status of [...errorStatuses].sort()) {
    const codes = codesWith(table, status).filter((c) => c !== 'ROUTE_NOT_FOUND' && (status !== 403 || c !== 'CSRF_TOKEN_INVALID' || !SAFE.has(method)));
    const declared = responses[String(status)];
    responses[String(status)] = {
      ...problemResponse(status, codes, declared?.description),
      ...(declared?.content && Object.keys(declared.content).some((k) => Object.keys(declared.content?.[k] as object).length > 0) ? { content: declared.content } : {}),
    };
  }
  responses['default'] = problemResponse(0, [], 'Any other error, as RFC 9457 problem details with a stable `code`');
  op.responses = responses;

  // security from @Public()/@Allow()
  if (facts?.policy?.kind === 'public') op.security = [];
  else if (facts?.policy?.kind === 'agency') op.security = [{ [AGENCY_SCHEME]: [...facts.policy.scopes] }];
  else op.security = [SAFE.has(method) ? { [SESSION_SCHEME]: [] } : { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];
  if (facts?.policy?.kind === 'roles') {
    op['x-roles'] = [...facts.policy.roles];
    op['x-min-spid-level'] = facts.policy.minLevel;
  }

  const first = op.description?.trim() || (op.summary ? `${op.summary.trim().replace(/\.$/, '')}.` : '');
  op.description = `${first}\n\n${describePolicy(facts, method)}`.trim();
}
