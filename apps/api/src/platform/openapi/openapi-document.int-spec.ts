import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { OpenApiResponseValidator, type OpenApiDoc } from '../../../test/openapi-validator';
import { routeFacts } from './openapi-routes';

type Op = OpenApiDoc['paths'][string][string] & { description?: string; summary?: string; 'x-roles'?: string[] };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** The document the API client is generated from (house style), relative to the repository root. */
const COMMITTED = 'docs/openapi.json';

/** Issue 11 finding 8: the published document is generated from the code, true, OpenAPI 3.1 and lint-clean. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDoc & { info: Record<string, unknown>; servers?: { url: string }[]; components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> } };
  let text: string;
  const ops = (): [string, string, Op][] =>
    Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m): [string, string, Op] => [path, m, item[m] as Op]));

  beforeAll(async () => {
    t = await startTestApp();
    const res = await request(t.app.getHttpServer()).get('/api/openapi.json');
    text = res.text;
    doc = res.body;
  });
  afterAll(() => t.close());

  it("passes Spectral's built-in oas ruleset (all rules) with no error and no warning", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'all']] });
    const results = await spectral.run(new Document(text, Json, '/api/openapi.json'));
    const lines = results.map((r) => `${['error', 'warn', 'info', 'hint'][r.severity]} ${r.code} ${r.path.join('.')}: ${r.message}`);
    expect(lines).toEqual([]);
  });

  it(`is committed as ${COMMITTED} and that copy is up to date (npm run openapi:write rewrites it)`, () => {
    const current = `${JSON.stringify(doc, null, 2)}\n`;
    if (process.env['OPENCPI_WRITE_OPENAPI'] === '1') writeFileSync(path.resolve(__dirname, '../../../../..', COMMITTED), current);
    const committed = readFileSync(path.resolve(__dirname, '../../../../..', COMMITTED), 'utf8');
    if (committed !== current) writeFileSync(path.resolve(__dirname, '../../../../../tmp/openapi.current.json'), current); // to diff
    expect(committed === current ? 'up to date' : 'stale: run npm run openapi:write').toBe('up to date');
  });

  it('is OpenAPI 3.1 with servers, contact, a semantic version and no OpenAPI 3.0 `nullable`', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info['version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.info['contact']).toEqual(expect.objectContaining({ email: expect.any(String) }));
    expect(doc.servers?.[0]?.url).toBe(t.env.PUBLIC_API_URL.replace(/\/+$/, ''));
    expect(text).not.toContain('"nullable"');
  });

  it('leaves out dev-only routes and internal schemas, and every $ref resolves', () => {
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/dev-'))).toEqual([]);
    expect(Object.keys(doc.components.schemas)).not.toEqual(expect.arrayContaining(['Env']));
    expect(Object.keys(doc.components.schemas)).not.toContain('DevMailboxQuery');
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(50);
    expect([...new Set(refs)].filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });

  it('declares every path parameter and the query parameters of the @Query() DTOs, with date formats as validated', () => {
    for (const [path, method, op] of ops()) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect([
        path,
        method,
        (op.parameters ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => p.name)
          .sort(),
      ]).toEqual([path, method, names.sort()]);
    }
    const slots = doc.paths['/api/citizen/agenda/slots']?.['get']?.parameters ?? [];
    expect(slots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'serviceType', in: 'query', required: true }),
        expect.objectContaining({ name: 'from', in: 'query', required: false, schema: expect.objectContaining({ type: 'string', format: 'date' }) }),
        expect.objectContaining({ name: 'days', in: 'query', schema: expect.objectContaining({ type: 'integer', format: 'int32' }) }),
      ]),
    );
    expect(ops().filter(([, , op]) => (op.parameters ?? []).some((p) => p.in === 'query')).length).toBeGreaterThan(10);
  });

  it('gives every integer and number a format (AgID RAC_REST_FORMAT_004)', () => {
    const missing: string[] = [];
    const walk = (n: unknown, at: string): void => {
      if (Array.isArray(n)) return n.forEach((v, i) => walk(v, `${at}/${i}`));
      if (!n || typeof n !== 'object') return;
      const s = n as Record<string, unknown>;
      const types = ([] as unknown[]).concat(s['type']);
      if ((types.includes('integer') || types.includes('number')) && !s['format']) missing.push(at);
      for (const [k, v] of Object.entries(s)) walk(v, `${at}/${k}`);
    };
    walk(doc, '#');
    expect(missing).toEqual([]);
  });

  it('documents the status the server answers: 201 for a creating POST, 200 where @HttpCode(200) says so', () => {
    const success = (path: string, method: string) => Object.keys(doc.paths[path]?.[method]?.responses ?? {}).filter((s) => /^2/.test(s));
    expect(success('/api/citizen/agenda/appointments', 'post')).toEqual(['201']);
    expect(success('/api/citizen/agenda/appointments/{appointmentId}/cancel', 'post')).toEqual(['200']);
    const facts = routeFacts(t.app);
    for (const [path, method, op] of ops()) {
      const f = op.operationId ? facts.get(op.operationId) : undefined;
      if (!f || f.ownResponse) continue;
      expect([path, method, success(path, method)]).toEqual([path, method, [String(f.httpCode ?? (method === 'post' ? 201 : 200))]]);
    }
  });

  it('answers errors as application/problem+json with rate-limit headers on every response (AgID RAC_REST_NAME_008, RAC_ROBUSTEZZA_001)', () => {
    const v = new OpenApiResponseValidator(doc);
    const deref = (r: unknown) => v.deref(r as { content?: object; headers?: object });
    for (const [path, method, op] of ops()) {
      for (const [status, r] of Object.entries(op.responses).map(([st, x]) => [st, deref(x) ?? {}]) as [string, { content?: object; headers?: object }][]) {
        if (/^[45]|default/.test(status)) expect([path, method, status, Object.keys(r.content ?? {})]).toEqual([path, method, status, ['application/problem+json']]);
        expect([path, method, status, Object.keys(r.headers ?? {})]).toEqual([
          path,
          method,
          status,
          expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']),
        ]);
      }
      if (op.responses['429']) expect(Object.keys(deref(op.responses['429'])?.headers ?? {})).toContain('Retry-After');
    }
  });

  it('declares security from @Public()/@Allow() and describes every operation', () => {
    const facts = routeFacts(t.app);
    expect(Object.keys(doc.components.securitySchemes ?? {}).sort()).toEqual(['agencyOAuth', 'csrf', 'session']);
    for (const [path, method, op] of ops()) {
      const policy = op.operationId ? facts.get(op.operationId)?.policy : undefined;
      const expected =
        policy?.kind === 'public' ? [] : policy?.kind === 'agency' ? [{ agencyOAuth: [...policy.scopes] }] : [method === 'get' ? { session: [] } : { session: [], csrf: [] }];
      expect([path, method, op.security]).toEqual([path, method, expected]);
      if (policy?.kind === 'roles') expect(op['x-roles']).toEqual([...policy.roles]);
      const d = op.description ?? '';
      expect([path, method, d.length > 20 && d !== op.summary && d.includes('Access:')]).toEqual([path, method, true]);
    }
    expect(doc.paths['/api/status']?.['get']?.security).toEqual([]);
  });
});
