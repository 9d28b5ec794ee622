import request from 'supertest';
import { loggedInAgent } from '../../../test/saml-login';
import { OpenApiResponseValidator, type OpenApiDoc, type RecordedResponse } from '../../../test/openapi-validator';
import { startTestApp, type TestApp } from '../../../test/test-app';

const USERS = {
  citizen: { fiscalCode: 'RSSMRA85T10L219G', app: 'citizen' }, // Mario, CPI Torino
  operator: { fiscalCode: 'VRDLCU78C15L219W', app: 'operator' }, // Luca, CPI Torino
  cpi_manager: { fiscalCode: 'CLMPLA70E20C627O', app: 'operator' }, // Paolo, CPI Torino
  region_admin: { fiscalCode: 'RCCSRA75H60E379W', app: 'operator' }, // Sara
  agency_staff: { fiscalCode: 'MRNDVD88L05G674W', app: 'citizen' }, // Davide, LavoroPiù
  employer: { fiscalCode: 'GRCLRA80S48L219S', app: 'citizen' }, // Laura, Officine Subalpine
} as const;
type Who = keyof typeof USERS;
type Schema = { type?: string | string[]; format?: string; enum?: unknown[]; minimum?: number; pattern?: string };
type Op = OpenApiDoc['paths'][string][string] & { 'x-roles'?: string[] };
/** routes whose success would end the callers' sessions halfway through the walk */
const SKIP = [/\/logout$/, /\/slo$/];
const RANDOM_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Issue 11 finding 8, "a test validates real responses against the document": walks every operation of the published
 * document as anonymous and as each role it allows, with ids taken from the list answers, and checks each real answer
 * (status, content type, JSON body with no undeclared property) against the operation's responses.
 */
describe('real answers match the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  let validator: OpenApiResponseValidator;
  const sessions = new Map<Who, { cookie: string; csrf: string }>();
  const recorded: RecordedResponse[] = [];
  const ids = new Map<string, string>(); // path parameter name → a real value seen in an answer
  const http = () => t.app.getHttpServer();

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await request(http()).get('/api/openapi.json')).body as OpenApiDoc;
    validator = new OpenApiResponseValidator(doc);
    for (const [who, u] of Object.entries(USERS)) sessions.set(who as Who, await loggedInAgent(http(), u.fiscalCode, { app: u.app }));
  }, 60_000);
  afterAll(() => t.close());

  function sample(name: string, schema: Schema | undefined): string | undefined {
    const known = ids.get(name);
    if (known) return known;
    if (!schema) return 'x';
    if (schema.enum?.length) return String(schema.enum[0]);
    if (schema.format === 'uuid') return RANDOM_ID;
    if (schema.format === 'date') return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    if (schema.format === 'date-time') return new Date().toISOString();
    if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
    if (schema.type === 'boolean') return 'true';
    return schema.pattern ? undefined : 'ab';
  }

  async function call(path: string, method: string, op: Op, who: Who | 'anonymous'): Promise<void> {
    let url = path;
    for (const p of (op.parameters ?? []).filter((x) => x.in === 'path')) url = url.replace(`{${p.name}}`, encodeURIComponent(sample(p.name, p.schema as Schema) ?? 'x'));
    const query: Record<string, string> = {};
    for (const p of (op.parameters ?? []).filter((x) => x.in === 'query' && (x.required || ids.has(x.name)))) {
      const v = sample(p.name, p.schema as Schema);
      if (v !== undefined) query[p.name] = v;
    }
    const s = who === 'anonymous' ? undefined : sessions.get(who);
    let req = request(http())[method as 'get'](url).query(query).set('X-Forwarded-For', '10.9.9.9');
    if (s) req = req.set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf);
    const res = method === 'get' ? await req : await req.send({});
    const body = /json/.test(res.headers['content-type'] ?? '') ? (JSON.parse(res.text || 'null') as unknown) : res.text;
    recorded.push({ method, path: url, status: res.status, contentType: res.headers['content-type'], body });
    harvest(path, body);
  }

  /** `items[0].id` of a list at `/x` is the `{param}` of `/x/{param}`; an object's `id` at `/x/{param}` likewise. */
  function harvest(template: string, body: unknown): void {
    const item = (body as { items?: { id?: unknown }[] } | null)?.items?.[0] ?? (body as { id?: unknown } | null);
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    for (const other of Object.keys(doc.paths)) {
      const m = other.startsWith(`${template}/{`) ? /^\{([^}]+)\}/.exec(other.slice(template.length + 1)) : null;
      if (m && !ids.has(m[1] as string)) ids.set(m[1] as string, id);
    }
  }

  const operations = () =>
    Object.entries(doc.paths)
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as Op })))
      .filter(({ path }) => !SKIP.some((re) => re.test(path)));

  /** A few real writes first, so that the lists the walk reads are not empty. */
  async function scenario(): Promise<void> {
    const mario = sessions.get('citizen')!;
    const serviceType = 'prima-accoglienza';
    ids.set('serviceType', serviceType);
    const slots = await request(http()).get('/api/citizen/agenda/slots').query({ serviceType, days: 30 }).set('Cookie', mario.cookie);
    const slot = (slots.body.items as { id: string; channels: string[] }[])[0];
    if (!slot) throw new Error('the seed has no free slot');
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId: slot.id, channel: slot.channels[0] });
    recorded.push({ method: 'post', path: '/api/citizen/agenda/appointments', status: booked.status, contentType: booked.headers['content-type'], body: booked.body });
    ids.set('fiscalCode', USERS.citizen.fiscalCode);
  }

  it('every answer to every operation, as anonymous and as each allowed role, is as documented', async () => {
    await scenario();
    // reads first (twice: the first pass finds the ids the second one uses), then writes with an empty body
    for (const pass of [1, 2]) {
      for (const { path, method, op } of operations().filter((o) => o.method === 'get')) {
        const roles = (op['x-roles'] ?? []).filter((r): r is Who => r in USERS);
        for (const who of pass === 1 ? ['anonymous' as const, ...roles] : roles) await call(path, method, op, who);
      }
    }
    for (const { path, method, op } of operations().filter((o) => o.method !== 'get')) {
      const who = (op['x-roles'] ?? []).find((r): r is Who => r in USERS) ?? 'anonymous';
      await call(path, method, op, who);
    }

    const problems = recorded.flatMap((r) => validator.check(r));
    expect(problems).toEqual([]);

    // the walk really reached the code: successes and errors in every module
    const ok = recorded.filter((r) => r.status < 300);
    const tagsWithSuccess = new Set(ok.flatMap((r) => doc.paths[validator.operationOf(r.method, r.path) ?? '']?.[r.method]?.['tags' as never] ?? []));
    expect([...tagsWithSuccess].sort()).toEqual(expect.arrayContaining(['agenda', 'dossier', 'identity', 'matching', 'patto', 'platform', 'registry']));
    expect(ok.length).toBeGreaterThan(60);
    expect([...new Set(recorded.map((r) => r.status))]).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 404]));
    // and the check is strict: an undeclared property or a wrong type in a real answer is caught
    const sampleOk = recorded.find((r) => r.status === 200 && r.path === '/api/citizen/registry/profile') as RecordedResponse;
    expect(validator.check(sampleOk)).toEqual([]);
    expect(validator.check({ ...sampleOk, body: { ...(sampleOk.body as object), undeclared: 1 } })).not.toEqual([]);
    expect(recorded.filter((r) => r.status >= 500).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
  }, 240_000);
});
