import fc from 'fast-check';
import request from 'supertest';
import { badPathValue, nulString, openApiArbitraries, type OpenApiDoc, type Operation } from '../../test/openapi-arbitraries';
import { loggedInAgent } from '../../test/saml-login';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * One validation policy for every route, proven by a property: every operation of the OpenAPI document, called by a
 * user it admits, with generated bad input (NUL characters, integers beyond 2³¹−1, wrong types, booleans for numbers,
 * dates that do not exist, arrays over their limit, nulls, deep nesting) answers a 4xx application/problem+json,
 * never a 500, and stores nothing.
 */

const MARIO = 'RSSMRA85T10L219G'; // citizen, Torino
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const LAURA = 'GRCLRA80S48L219S'; // employer, Officine Subalpine
const DAVIDE = 'MRNDVD88L05G674W'; // agency staff, LavoroPiù

/** Runs per operation: ~200 operations × 40 requests take 80-160 s here (2 cores, depending on load); FUZZ_RUNS and FUZZ_SEED override. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);

/**
 * Tables a refused request may still legitimately write, left out of the "nothing stored" comparison:
 * - platform.rate_limit_counters: every request, refused or not, is counted (that is their purpose; seen changing);
 * - identity.sessions: an authenticated request refreshes its session's last use (at most once a minute);
 * - pgboss.*: the job queue's own maintenance (schedules, archive) runs on a timer, independently of requests.
 * Everything else is compared, audit records and the notification outbox included: a refused request must leave no
 * trace of an action that did not happen.
 */
const EXCLUDED_TABLES = [/^platform\.rate_limit_counters$/, /^identity\.sessions$/, /^pgboss\./];

type Agent = { cookie: string; csrf: string } | null;

describe('validation fuzz: bad input on every route is a 4xx problem, never a 500, and stores nothing', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  const agents: Record<string, Agent> = {};
  beforeAll(async () => {
    t = await startTestApp();
    const http = t.app.getHttpServer();
    agents['citizen'] = await loggedInAgent(http, MARIO);
    agents['operator'] = await loggedInAgent(http, LUCA, { app: 'operator' });
    agents['employer'] = await loggedInAgent(http, LAURA);
    agents['agency'] = await loggedInAgent(http, DAVIDE);
    doc = (await request(http).get('/api/openapi.json')).body as OpenApiDoc;
  }, 60_000);
  afterAll(() => t.close());

  const agentFor = (path: string): Agent => {
    if (path.startsWith('/api/citizen/')) return agents['citizen'] ?? null;
    if (path.startsWith('/api/operator/')) return agents['operator'] ?? null;
    if (path.startsWith('/api/employer/')) return agents['employer'] ?? null;
    if (path.startsWith('/api/agency/')) return agents['agency'] ?? null;
    return null; // public, auth (a logout must not end the sessions above), notifications receipts
  };

  type Fingerprint = Record<string, string>;
  let fingerprintSql = '';
  let excludedTables: string[] = [];
  const fingerprint = async (): Promise<Fingerprint> => {
    if (!fingerprintSql) {
      const tables = (await t.db.query(`SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`)) as { name: string }[];
      const kept = tables.map((r) => r.name).filter((n) => !EXCLUDED_TABLES.some((re) => re.test(n)));
      excludedTables = tables.map((r) => r.name).filter((n) => !kept.includes(n));
      fingerprintSql = kept
        .map((n) => {
          const [schema, table] = n.split('.');
          return `SELECT '${n}' AS name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS fp FROM "${schema}"."${table}"`;
        })
        .join(' UNION ALL ');
    }
    const rows = (await t.db.query(fingerprintSql)) as { name: string; fp: string }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.fp]));
  };
  const changed = (a: Fingerprint, b: Fingerprint) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

  it('drives every operation of the OpenAPI document', async () => {
    const http = t.app.getHttpServer();
    const { resolve, valid, bad, badQueryValue } = openApiArbitraries(doc);
    /** A well-formed path parameter (from its schema when the document declares it). */
    const validParam = (name: string, op: Operation): fc.Arbitrary<string> => {
      const declared = op.parameters?.find((x) => x.name === name && x.in === 'path')?.schema;
      if (declared) return valid(declared).map(String);
      if (name.endsWith('Id')) return fc.uuid({ version: 4 });
      return fc.constant(name === 'token' || name === 'signature' ? `k1.${'A'.repeat(43)}` : 'x');
    };
    const statuses: Record<string, number> = {};
    const skipped: string[] = [];
    const validated = new Set<string>();
    let calls = 0;
    const stored: string[] = [];
    const failures: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const name = `${method.toUpperCase()} ${path}`;
        const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
        const pathNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
        const query = params.filter((p) => p.in === 'query');
        const jsonBody = op.requestBody?.content?.['application/json']?.schema;
        const multipart = op.requestBody?.content?.['multipart/form-data']?.schema;
        const form = op.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
        const formFields = Object.keys(resolve(form).properties ?? {});
        const parts = [
          ...(pathNames.length ? ['path'] : []),
          ...(query.length ? ['query'] : []),
          ...(jsonBody ? ['body'] : []),
          ...(multipart ? ['multipart'] : []),
          ...(formFields.length ? ['form'] : []),
        ];
        if (parts.length === 0) {
          skipped.push(name); // no input to make bad
          continue;
        }
        const agent = agentFor(path);
        if (process.env['FUZZ_TRACE']) process.stderr.write(`fuzz ${name} ${JSON.stringify(op.parameters)}\n`);
        const before = await fingerprint();
        const input = fc.record({
          part: fc.constantFrom(...parts),
          path: fc.record(Object.fromEntries(pathNames.map((p) => [p, validParam(p, op)]))),
          query: fc.record(Object.fromEntries(query.filter((p) => p.required).map((p) => [p.name, valid(p.schema).map(String)]))),
          validBody: jsonBody ? valid(jsonBody) : fc.constant(undefined),
          pathIndex: fc.nat(Math.max(pathNames.length - 1, 0)),
          badPath: badPathValue,
          badQuery: query.length
            ? fc.nat(query.length - 1).chain((i) => badQueryValue(query[i]?.schema).map((value) => ({ name: query[i]?.name as string, value })))
            : fc.constant({ name: '', value: '' as unknown }),
          // the JSON text sent: a bad value for the body's schema, or a body that is not an object at all
          body: jsonBody
            ? fc.oneof(
                { weight: 5, arbitrary: bad(jsonBody).map((v) => JSON.stringify(v)) },
                { weight: 1, arbitrary: fc.constantFrom('"text"', '42', 'true', '[]', '[{}]', 'null') },
              )
            : fc.constant(''),
          multipartField: fc.oneof(nulString, fc.constantFrom('selfie', 'x'.repeat(2000), '')),
          formField: fc.constantFrom(...(formFields.length ? formFields : ['x'])),
          formValue: fc.oneof(nulString, fc.constant('y'.repeat(500_001))), // NUL, or longer than any form field allows
        });
        try {
          await fc.assert(
            fc.asyncProperty(input, async (g) => {
              const url = path.replace(/\{(\w+)\}/g, (_m, p: string) => encodeURIComponent(g.part === 'path' && pathNames[g.pathIndex] === p ? g.badPath : (g.path[p] as string)));
              const q: Record<string, unknown> = { ...g.query };
              if (g.part === 'query') q[g.badQuery.name] = g.badQuery.value;
              const verb = method as 'get' | 'post' | 'put' | 'patch' | 'delete';
              const client = request(http);
              let req = client[verb](url)
                .query(q as Record<string, string>)
                .set('Accept', 'application/json');
              if (agent) req = req.set('Cookie', agent.cookie).set('X-CSRF-Token', agent.csrf);
              if (g.part === 'form') req = req.type('form').send({ ...Object.fromEntries(formFields.map((f) => [f, 'x'])), [g.formField]: g.formValue });
              else if (g.part === 'multipart') req = req.field('type', g.multipartField).attach('file', Buffer.from('%PDF-1.7\n'), 'x.pdf');
              else if (jsonBody) req = req.set('Content-Type', 'application/json').send(g.part === 'body' ? g.body : JSON.stringify(g.validBody));
              const res = await req;
              calls++;
              statuses[`${res.status}`] = (statuses[`${res.status}`] ?? 0) + 1;
              if (res.status === 400) validated.add(name);
              const problem = `${name} ${JSON.stringify(g).slice(0, 300)} → ${res.status} ${res.text.slice(0, 300)}`;
              if (res.status < 400 || res.status >= 500) throw new Error(`not a 4xx: ${problem}`);
              if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`not problem+json: ${problem}`);
              if (typeof res.body?.code !== 'string') throw new Error(`no code: ${problem}`);
            }),
            { numRuns: RUNS, seed: SEED, endOnFailure: true },
          );
        } catch (e) {
          // keep going: the report lists every operation that failed, each with its smallest counterexample
          failures.push(/(not a 4xx|not problem\+json|no code): [^\n]*/.exec(String((e as Error).message))?.[0] ?? `${name}: ${String((e as Error).message).slice(0, 300)}`);
        }
        const tables = changed(before, await fingerprint());
        if (tables.length > 0) stored.push(`${name}: ${tables.join(', ')}`);
      }
    }
    console.log(
      `validation fuzz: ${calls} calls, tables left out: ${excludedTables.join(', ')}; statuses ${JSON.stringify(statuses)}, ${validated.size} operations answered 400, skipped (no input): ${skipped.join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(stored).toEqual([]);
    expect(calls).toBeGreaterThan(100);
  }, 360_000);
});
