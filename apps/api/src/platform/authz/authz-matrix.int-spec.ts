import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { directSession } from '../../../test/direct-session';
import { AUTHZ_EXPECTATIONS, NOT_SOMEONE_ELSES, matches, type Outcome } from './authz-matrix.expectations';
import { expectedOutcome } from './authz-outcomes';
import { buildForeign, CALLERS, ROLES, type Caller, type Foreign, type RouteInput } from './authz-fixture';
import { registeredRoutes, type RegisteredRoute } from './registered-routes';

/**
 * The authorisation matrix (issue 11): every registered route, called as anonymous, citizen, operator of another office,
 * company, agency (its staff's session, and its machine client's bearer token), manager and intermediary with someone else's ids (the demo seed's Giulia Bianchi of CPI Moncalieri and her
 * records), compared with the committed expectation of that route and role. A route without an expectation fails.
 * Run with AUTHZ_MATRIX_PRINT=1 to print the observed matrix.
 */
describe('authorisation matrix', () => {
  let t: TestApp;
  let foreign: Foreign;
  let routes: RegisteredRoute[];
  const observed: { route: string; role: Caller; status: number; type: string; code?: string; leaked?: string[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    foreign = await buildForeign(t.app, t.db);
    routes = registeredRoutes(t.app).sort((a, b) => a.key.localeCompare(b.key));
    for (const route of routes) {
      for (const role of ROLES) observed.push({ route: route.key, role, ...(await call(route, role)) });
    }
    if (process.env['AUTHZ_MATRIX_PRINT']) {
      const rows = routes.map(
        (r) =>
          `${r.key.padEnd(78)} ${ROLES.map((role) => {
            const o = observed.find((x) => x.route === r.key && x.role === role)!;
            return `${o.status}${o.code ? `:${o.code}` : ''}`.padEnd(28);
          }).join('')}`,
      );
      process.stdout.write(`${''.padEnd(79)}${ROLES.map((r) => r.padEnd(28)).join('')}\n${rows.join('\n')}\n`);
    }
  }, 240_000);
  afterAll(() => t.close());

  async function call(route: RegisteredRoute, role: Caller): Promise<{ status: number; type: string; code?: string; leaked?: string[] }> {
    const input: RouteInput = foreign.inputs[route.key] ?? {};
    const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
      const v = foreign.params[name];
      if (v === undefined) throw new Error(`no foreign value for :${name} (${route.key}): add it to authz-fixture.ts`);
      return encodeURIComponent(v);
    });
    // logging out ends the session: a throwaway session of the same person, so the other calls keep theirs
    const session =
      role === 'anonymous' || role === 'agencyClient' ? undefined : route.key === 'POST /api/auth/logout' ? await directSession(t.app, CALLERS[role]) : foreign.sessions[role];
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = request(t.app.getHttpServer())[method](path).redirects(0);
    if (input.query) req = req.query(input.query);
    if (session) req = req.set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf);
    if (role === 'agencyClient') req = req.set('Authorization', `Bearer ${await foreign.agencyBearer()}`).set('Idempotency-Key', `authz-${route.key}`.replace(/\s+/g, '_'));
    if (input.file) {
      for (const [k, v] of Object.entries(input.form ?? {})) req = req.field(k, v);
      req = req.attach(input.file.field, input.file.content, { filename: input.file.name, contentType: 'application/pdf' });
    } else if (input.form) req = req.type('form').send(input.form);
    else if (method !== 'get' && method !== 'delete') req = req.send(input.body ?? {});
    const res = await req;
    const type = String(res.headers['content-type'] ?? '');
    const code = type.includes('json') && res.body && typeof res.body === 'object' ? (res.body as { code?: string }).code : undefined;
    // an id the caller sent may come back (in a problem's detail): only what they did not send is a leak
    const sent = `${path} ${JSON.stringify(input)}`;
    const leaked = foreign.secrets.filter((s) => !sent.includes(s) && (res.text?.includes(s) || String(res.headers['location'] ?? '').includes(s)));
    return { status: res.status, type, ...(code ? { code } : {}), ...(leaked.length ? { leaked } : {}) };
  }

  it('has an expectation for every registered route, and none for a route that no longer exists', () => {
    const keys = routes.map((r) => r.key);
    expect(keys.filter((k) => !(k in AUTHZ_EXPECTATIONS))).toEqual([]);
    expect(Object.keys(AUTHZ_EXPECTATIONS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('answers every route and role as declared', () => {
    const mismatches = observed.flatMap((o) => {
      const want: Outcome | undefined = expectedOutcome(AUTHZ_EXPECTATIONS[o.route], o.role);
      return want === undefined || matches(want, o.status) ? [] : [`${o.route} as ${o.role}: expected ${want}, got ${o.status}${o.code ? ` ${o.code}` : ''}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('refuses with 401/403/404 as problem+json, and never with a server error', () => {
    const bad = observed.filter((o) => o.status >= 500 || ([401, 403, 404].includes(o.status) && !o.type.includes('application/problem+json')));
    expect(bad.map((o) => `${o.route} as ${o.role}: ${o.status} ${o.type}`)).toEqual([]);
  });

  it("never shows anyone the victim's fiscal code or the ids of her records", () => {
    expect(observed.filter((o) => o.leaked).map((o) => `${o.route} as ${o.role}: ${o.leaked!.join(', ')}`)).toEqual([]);
  });

  it("never declares a 2xx for someone else's id, except where the id is not someone else's (each justified)", () => {
    const ownerless = new Set(['kind', 'channel']);
    const wrong = routes.flatMap((r) => {
      const ids = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!).filter((n) => !ownerless.has(n));
      if (ids.length === 0 || r.key in NOT_SOMEONE_ELSES) return [];
      return ROLES.filter((role) => role !== 'anonymous' && String(expectedOutcome(AUTHZ_EXPECTATIONS[r.key], role)).startsWith('2')).map((role) => `${r.key} as ${role}`);
    });
    expect(wrong).toEqual([]);
  });
});
