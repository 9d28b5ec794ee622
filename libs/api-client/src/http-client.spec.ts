import { ApiProblem } from './api-problem';
import { getAppointmentIcs, appointmentIcsUrl, bookAppointment, getCitizenSlots } from './endpoints/agenda.api';
import { loginUrl, logout } from './endpoints/auth.api';
import { uploadDocument } from './endpoints/dossier.api';
import { unsaveVacancy } from './endpoints/matching.api';
import { searchCitizens } from './endpoints/operator-registry.api';
import { citizenPattoPdfUrl, getPatto } from './endpoints/patto.api';
import { apiClient, clearCsrfToken, configureApiClient, getCsrfToken } from './http-client';

/** The typed client as the SPAs use it, over a fake fetch that records each request and answers from a script. */

type Answer = (request: Request) => Response | Promise<Response>;
const sent: Request[] = [];
let script: Answer[] = [];

const jsonAnswer = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, 'X-Correlation-Id': 'corr-header' } });
const session =
  (csrfToken: string): Answer =>
  () =>
    jsonAnswer(200, { authenticated: true, csrfToken, user: { spidLevel: 2 } });
const problem =
  (status: number, body: Record<string, unknown>): Answer =>
  () =>
    jsonAnswer(status, { status, title: 'x', ...body }, 'application/problem+json');
const pathOf = (r: Request) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`;

beforeEach(() => {
  sent.length = 0;
  script = [];
  clearCsrfToken();
  configureApiClient({
    baseUrl: 'http://spa.test',
    fetch: async (request) => {
      sent.push(request.clone());
      const next = script.shift();
      if (!next) throw new Error(`unexpected request ${pathOf(request)}`);
      return next(request);
    },
  });
});

describe('the typed API client', () => {
  it('sends a GET with the session cookie, path parameters encoded, and answers the JSON body', async () => {
    script = [() => jsonAnswer(200, { id: 'p/1', status: 'draft' })];
    await expect(getPatto('p/1')).resolves.toEqual({ id: 'p/1', status: 'draft' });
    const [req] = sent;
    expect(pathOf(req as Request)).toBe('GET /api/operator/patti/p%2F1');
    expect(req?.credentials).toBe('include');
    expect(req?.headers.get('Accept')).toBe('application/json, application/problem+json');
    expect(req?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('leaves empty, null and undefined query values out, like the hand-written client did', async () => {
    script = [() => jsonAnswer(200, { items: [] }), () => jsonAnswer(200, { items: [], total: 0 })];
    await getCitizenSlots({ serviceType: 'did', officeId: undefined, from: '2026-03-29', days: 7 });
    await searchCitizens({ q: '' });
    expect(sent.map(pathOf)).toEqual(['GET /api/citizen/agenda/slots?serviceType=did&from=2026-03-29&days=7', 'GET /api/operator/registry/citizens?limit=20&offset=0']);
  });

  it('fetches the session once for its CSRF token, then sends it with a JSON body on a state-changing request', async () => {
    script = [session('tok-1'), () => jsonAnswer(201, { id: 'a1' }), () => jsonAnswer(201, { id: 'a2' })];
    await bookAppointment({ slotId: 's1', channel: 'video' });
    await bookAppointment({ slotId: 's2', channel: 'phone' });
    expect(sent.map(pathOf)).toEqual(['GET /api/auth/session', 'POST /api/citizen/agenda/appointments', 'POST /api/citizen/agenda/appointments']);
    expect(sent[1]?.headers.get('X-CSRF-Token')).toBe('tok-1');
    expect(sent[1]?.headers.get('Content-Type')).toBe('application/json');
    await expect(sent[1]?.json()).resolves.toEqual({ slotId: 's1', channel: 'video' });
  });

  it('throws an answer in problem+json as an ApiProblem with its code, correlation id and field errors', async () => {
    script = [session('tok'), problem(400, { code: 'VALIDATION_FAILED', correlationId: 'corr-1', errors: [{ pointer: '/slotId', detail: 'slotId must be a UUID' }] })];
    const error = await bookAppointment({ slotId: 'x', channel: 'video' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', correlationId: 'corr-1', fieldErrors: { '/slotId': 'slotId must be a UUID' } });
    expect((error as ApiProblem).fieldError('slotId')?.detail).toBe('slotId must be a UUID');
  });

  it('sends a request refused for a stale CSRF token again, once, with a fresh token', async () => {
    script = [session('old'), problem(403, { code: 'CSRF_TOKEN_INVALID' }), session('new'), () => jsonAnswer(201, { id: 'a1' })];
    await expect(bookAppointment({ slotId: 's1', channel: 'video' })).resolves.toEqual({ id: 'a1' });
    expect(sent.map((r) => r.headers.get('X-CSRF-Token'))).toEqual([null, 'old', null, 'new']);

    script = [problem(403, { code: 'CSRF_TOKEN_INVALID' }), session('newer'), problem(403, { code: 'CSRF_TOKEN_INVALID' })];
    await expect(bookAppointment({ slotId: 's1', channel: 'video' })).rejects.toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
  });

  it('forgets the CSRF token on a 401 and on logout', async () => {
    script = [session('tok'), () => jsonAnswer(200, { redirectTo: '/' })];
    await expect(logout()).resolves.toEqual({ redirectTo: '/' });
    expect(getCsrfToken()).toBeUndefined();

    script = [session('tok'), problem(401, { code: 'SESSION_EXPIRED' })];
    const error = await bookAppointment({ slotId: 's1', channel: 'video' }).catch((e: unknown) => e);
    expect((error as ApiProblem).isUnauthenticated).toBe(true);
    expect(getCsrfToken()).toBeUndefined();
  });

  it('maps an answer that is not problem+json by its status, a failed connection to NETWORK_ERROR, and lets an abort through', async () => {
    script = [() => new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })];
    await expect(getPatto('p1')).rejects.toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });

    script = [() => Promise.reject(new TypeError('fetch failed'))];
    await expect(getPatto('p1')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });

    const controller = new AbortController();
    script = [() => Promise.reject(new DOMException('aborted', 'AbortError'))];
    controller.abort();
    await expect(getPatto('p1', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('uploads a file as multipart/form-data, the text fields first', async () => {
    script = [session('tok'), () => jsonAnswer(201, { id: 'd1' })];
    const file = new File(['%PDF-1.7'], 'cv.pdf', { type: 'application/pdf' });
    await expect(uploadDocument(file, 'cv', 'c1')).resolves.toEqual({ id: 'd1' });
    const req = sent[1] as Request;
    expect(pathOf(req)).toBe('POST /api/operator/dossier/citizens/c1/documents');
    expect(req.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await req.formData();
    expect([...form.keys()]).toEqual(['type', 'file']);
    expect(form.get('type')).toBe('cv');
    expect(await (form.get('file') as File).text()).toBe('%PDF-1.7');
  });

  it('downloads a file as a Blob, and answers undefined for a 204', async () => {
    script = [() => new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar' } })];
    const ics = await getAppointmentIcs('a 1');
    expect(ics).toBeInstanceOf(Blob);
    await expect(ics.text()).resolves.toBe('BEGIN:VCALENDAR');
    expect(pathOf(sent[0] as Request)).toBe('GET /api/citizen/agenda/appointments/a%201/ics');

    script = [session('tok'), () => new Response(null, { status: 204 })];
    await expect(unsaveVacancy('v1')).resolves.toBeUndefined();
    expect(pathOf(sent[2] as Request)).toBe('DELETE /api/citizen/matching/vacancies/v1/save');
  });

  it('builds link URLs from the document paths', () => {
    expect(appointmentIcsUrl('a/1')).toBe('/api/citizen/agenda/appointments/a%2F1/ics');
    expect(citizenPattoPdfUrl('p1', 3)).toBe('/api/citizen/patti/p1/versions/3/pdf');
    expect(loginUrl({ kind: 'cie', idp: 'test', app: 'operator' })).toBe('/api/auth/cie/login?idp=test&level=2&app=operator');
  });

  it('refuses at compile time a path, a parameter or a body field the document does not have (tsconfig.spec.json)', () => {
    // never run: each @ts-expect-error fails `tsc -p libs/api-client/tsconfig.spec.json` if the line it marks compiles
    const drift = () => [
      // @ts-expect-error a route the document does not have
      apiClient().GET('/api/citizen/agenda/no-such-route'),
      // @ts-expect-error a path parameter under another name
      apiClient().GET('/api/operator/patti/{pattoId}', { params: { path: { id: 'p1' } } }),
      // @ts-expect-error a body without its required field
      apiClient().POST('/api/citizen/agenda/appointments', { body: { channel: 'video' } }),
      // @ts-expect-error a value outside the document's enum
      apiClient().POST('/api/citizen/agenda/appointments', { body: { slotId: 's1', channel: 'carrier_pigeon' } }),
    ];
    expect(typeof drift).toBe('function');
    expect(sent).toEqual([]);
  });
});
