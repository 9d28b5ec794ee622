import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AGENCY_SCOPES, ErrorCode } from '@opencpi/contracts';
import { mountAgencyOpenApi } from './agency-openapi';
import { Env } from '../../config/env';
import { SESSION_COOKIE } from '../../modules/identity/session.service';
import { AGENCY_SCHEME, completeOperation, CSRF_SCHEME, SESSION_SCHEME, type Operation } from './openapi-operations';
import { routeFacts } from './openapi-routes';
import { addNumberFormats, contractSchemas, type JsonSchema } from './openapi-schemas';

export const OPENAPI_VERSION = '3.1.0';
/** Routes mounted only with DEV_IDP / DEV_MAILBOX (refused at boot in production): not part of the API. */
const DEV_ONLY_PREFIXES = ['/api/dev-idp', '/api/dev-mailbox'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

const intHeader = (description: string) => ({ description, schema: { type: 'integer', format: 'int32', minimum: 0 } });

/**
 * The OpenAPI 3.1 document, generated from the code: operations from the controllers, parameters and bodies from
 * the class-validator DTOs of libs/contracts (the same decorators that validate requests), success statuses from
 * @HttpCode, security from @Public()/@Allow(), errors from the modules' error tables. Follows the REST rules of the
 * Italian interoperability guidelines (ModI): problem+json errors, formats on every number, rate-limit headers.
 */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const env = app.get(Env);
  const config = new DocumentBuilder()
    .setTitle('OpenCPI API')
    .setDescription(
      "Platform of the Centri per l'Impiego (Italian public employment services). Errors are `application/problem+json` " +
        '(RFC 9457) with a stable `code` and a `correlationId`. Dates are RFC 3339 `full-date` or `date-time` (UTC).',
    )
    .setVersion(version)
    .setContact('OpenCPI', 'https://opencpi.example.it', 'api@opencpi.example.it')
    .setLicense('EUPL-1.2', 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12')
    .addServer(env.PUBLIC_API_URL.replace(/\/+$/, ''), 'This deployment')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Session cookie set by the SPID/CIE login' }, SESSION_SCHEME)
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The csrfToken of GET /api/auth/session; required on state-changing requests with a session' },
      CSRF_SCHEME,
    )
    .addOAuth2(
      {
        type: 'oauth2',
        description: 'Accredited agencies: client credentials with private_key_jwt client authentication (RFC 7523); short-lived opaque bearer tokens',
        flows: {
          clientCredentials: {
            tokenUrl: `${env.PUBLIC_API_URL.replace(/\/+$/, '')}/api/agency/v1/oauth/token`,
            scopes: Object.fromEntries(AGENCY_SCOPES.map((s) => [s, `agency API scope ${s}`])),
          },
        },
      },
      AGENCY_SCHEME,
    )
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  const schemas = contractSchemas();
  const facts = routeFacts(app);

  for (const path of Object.keys(doc.paths)) {
    if (DEV_ONLY_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) delete doc.paths[path];
  }
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      completeOperation(path, method, op, op.operationId ? facts.get(op.operationId) : undefined, schemas);
      for (const t of op.tags ?? []) tags.add(t);
    }
  }
  shareErrorResponses(doc, facts);
  doc.tags = [...tags].sort().map((name) => ({ name, description: `Operations of the ${name} module` }));

  doc.components = doc.components ?? {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), ...(schemas as Record<string, object>), Problem: problemSchema(), StatusProblem: statusProblemSchema() };
  doc.components.headers = {
    'X-Correlation-Id': { description: 'Correlation id of the request (also in problem bodies and logs)', schema: { type: 'string' } },
    'X-RateLimit-Limit': intHeader('Requests allowed in the current window'),
    'X-RateLimit-Remaining': intHeader('Requests left in the current window'),
    'X-RateLimit-Reset': intHeader('Seconds until the window resets'),
    'Retry-After': intHeader('Seconds to wait before retrying'),
  };
  pruneUnusedSchemas(doc);
  toOpenApi31(doc);
  addNumberFormats(doc.paths);
  addNumberFormats(doc.components);
  return doc;
}

function problemSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['type', 'title', 'status', 'code', 'correlationId'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599 },
      detail: { type: 'string' },
      instance: { type: 'string' },
      code: { type: 'string', enum: [...new Set(Object.values(ErrorCode))].sort(), description: 'stable error code (libs/contracts error-codes.ts)' },
      correlationId: { type: 'string' },
      error: { type: 'string', description: 'agency API only: the OAuth error (RFC 6749 §5.2, RFC 6750 §3.1), e.g. invalid_client, insufficient_scope' },
      error_description: { type: 'string', description: 'agency API only: the OAuth error description' },
      existingAppointmentId: { type: 'string', description: 'SERVICE_ALREADY_BOOKED only: the live appointment of the same service' },
      existingStartsAt: { type: 'string', description: 'SERVICE_ALREADY_BOOKED only: its start (RFC 3339)' },
      existingLocalDate: { type: 'string', description: 'SERVICE_ALREADY_BOOKED only: its Rome date (YYYY-MM-DD)' },
      existingLocalTime: { type: 'string', description: 'SERVICE_ALREADY_BOOKED only: its Rome time (HH:MM)' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['pointer', 'detail'],
          properties: { pointer: { type: 'string', description: 'JSON pointer (RFC 6901) into the body or query' }, detail: { type: 'string' }, constraint: { type: 'string' } },
        },
      },
    },
  };
}

/**
 * The error answers repeat across the operations of a module: each distinct one becomes a `components.responses`
 * entry named after the module and status (e.g. `agenda-404`), referenced by the operations.
 */
function shareErrorResponses(doc: OpenAPIObject, facts: ReturnType<typeof routeFacts>): void {
  const shared = new Map<string, string>();
  const components: Record<string, unknown> = {};
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const module = (facts.get(op.operationId ?? '')?.module ?? '').replace(/Module$/, '').toLowerCase() || 'platform';
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]|^default$/.test(status)) continue;
        const key = JSON.stringify(response);
        let name = shared.get(key);
        if (!name) {
          const base = `${module}-${status}`;
          name = base;
          for (let i = 2; name in components; i++) name = `${base}-${i}`;
          shared.set(key, name);
          components[name] = response;
        }
        (op.responses as Record<string, unknown>)[status] = { $ref: `#/components/responses/${name}` };
      }
    }
  }
  doc.components = { ...(doc.components ?? {}), responses: components as never };
}

/** The answer of the status and health endpoints: problem details without an error code, with the checks made. */
function statusProblemSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'RFC 9457 problem details describing the service state (AgID RAC_REST_NAME_011)',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599 },
      detail: { type: 'string' },
      checks: { type: 'object', additionalProperties: { type: 'string' }, description: 'state of each dependency, e.g. database: up' },
    },
  };
}

/** Keeps only the schemas the operations reach (drops e.g. the configuration class and dev-only DTOs). */
function pruneUnusedSchemas(doc: OpenAPIObject): void {
  const all = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  const keep = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const name = v.slice('#/components/schemas/'.length);
        if (!keep.has(name)) {
          keep.add(name);
          visit(all[name]);
        }
      } else visit(v);
    }
  };
  visit(doc.paths);
  visit(doc.components?.headers);
  visit(doc.components?.responses);
  for (const name of Object.keys(all)) if (!keep.has(name)) delete all[name];
}

/** OpenAPI 3.0 idioms that @nestjs/swagger and class-validator-jsonschema emit, rewritten as 3.1 (JSON Schema 2020-12). */
function toOpenApi31(doc: OpenAPIObject): void {
  doc.openapi = OPENAPI_VERSION;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const s = node as JsonSchema;
    if (s['nullable'] === true) {
      if (typeof s['type'] === 'string') s['type'] = [s['type'], 'null'];
      else if (!s['type']) s['anyOf'] = [...((s['anyOf'] as unknown[]) ?? [{}]), { type: 'null' }];
    }
    delete s['nullable'];
    for (const bound of ['Minimum', 'Maximum'] as const) {
      const ex = `exclusive${bound}`;
      const plain = bound.toLowerCase();
      if (s[ex] === true && typeof s[plain] === 'number') {
        s[ex] = s[plain];
        delete s[plain];
      } else if (s[ex] === false) delete s[ex];
    }
    for (const v of Object.values(s)) walk(v);
  };
  walk(doc.paths);
  walk(doc.components);
}

export function mountOpenApi(app: INestApplication, version: string): OpenAPIObject {
  const doc = buildOpenApiDocument(app, version);
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml', useGlobalPrefix: false });
  mountAgencyOpenApi(app, doc);
  return doc;
}
