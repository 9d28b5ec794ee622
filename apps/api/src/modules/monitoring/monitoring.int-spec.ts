import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { buildFixture, LUCA, PAOLO, SARA, type Fixture } from './monitoring.test-fixture';
import { RefreshService } from './refresh/refresh.service';

type Indicator = {
  code: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
  series: { month: string; value: number | null }[];
  breakdowns: { dimension: string; rows: { key: string; value: number | null }[] }[];
  definition: { sourceTables: string[]; definition: { it: string } };
};

/**
 * The managers' indicators (issue 16) on a small fixed data set (monitoring.test-fixture.ts, 2021-01..03) whose
 * expected values are worked out by hand below; the role matrix; the refresh; the export.
 */
describe('monitoring: indicators, benchmark, roles', () => {
  let t: TestApp;
  let f: Fixture;
  let paolo: DirectSession;
  let sara: DirectSession;
  let luca: DirectSession;
  const get = (a: DirectSession, url: string) => request(t.app.getHttpServer()).get(url).set('Cookie', a.cookie);
  const PERIOD = 'from=2021-01&to=2021-03';
  // a missing value is left out of the answer (absent, not null): null here for the comparisons
  const indicator = (body: { indicators: Indicator[] }, code: string): Indicator => {
    const i = body.indicators.find((x) => x.code === code)!;
    return { ...i, value: i.value ?? null };
  };
  const month = (i: Indicator, m: string) => i.series.find((p) => p.month === m)!.value ?? null;
  const breakdown = (i: Indicator, key: string) => i.breakdowns[0]!.rows.find((r) => r.key === key)?.value ?? null;

  beforeAll(async () => {
    t = await startTestApp();
    f = await buildFixture(t);
    const run = await t.app.get(RefreshService).runNow('manual');
    expect(run).toMatchObject({ state: 'succeeded' });
    [paolo, sara, luca] = await Promise.all([directSession(t.app, PAOLO), directSession(t.app, SARA), directSession(t.app, LUCA)]);
  }, 60_000);
  afterAll(() => t.close());

  it("computes each indicator of the manager's office (CPI Torino) as defined", async () => {
    const res = await get(paolo, `/api/operator/monitoring/dashboard?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toMatchObject({ level: 'offices', officeIds: [f.to] });
    expect(res.body.period.months).toEqual(['2021-01', '2021-02', '2021-03']);
    expect(res.body.refreshedAt).not.toBeNull();
    // DIDs: d1, d2, d3 in January, d4 in February
    const dids = indicator(res.body, 'dids');
    expect([dids.value, month(dids, '2021-01'), month(dids, '2021-02'), month(dids, '2021-03')]).toEqual([4, 3, 1, 0]);
    expect(dids.definition.sourceTables).toContain('patto.dids');
    // first contact within the window: d1 (profiling 20 Jan ≤ 9 Feb) and d4 (10 Feb ≤ 5 Mar) of the 4 due; d2 late, d3 never
    const fc = indicator(res.body, 'first_contact_in_window');
    expect(fc).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    expect([month(fc, '2021-01'), month(fc, '2021-02'), month(fc, '2021-03')]).toEqual([0.3333, 1, null]);
    expect(fc.definition.sourceTables).toContain('patto.legal_parameters');
    // days DID → first signature: d1 25 (10 Jan → 4 Feb), d2 28 (15 Jan → 12 Feb) in February, d4 26 (3 Feb → 1 Mar) in March
    const ttp = indicator(res.body, 'time_to_patto');
    expect([ttp.value, ttp.denominator, month(ttp, '2021-02'), month(ttp, '2021-03'), month(ttp, '2021-01')]).toEqual([26, 3, 26.5, 26, null]);
    // patti by GOL pathway: 1 → d1 and d4, 2 → d2
    const patti = indicator(res.body, 'patti_by_pathway');
    expect([patti.value, breakdown(patti, '1'), breakdown(patti, '2'), month(patti, '2021-02'), month(patti, '2021-03')]).toEqual([3, 2, 1, 2, 1]);
    // appointments by channel: in person a1 a2 a5 a7 a8, video a3 a6, phone a4
    const ch = indicator(res.body, 'appointments_by_channel');
    expect([ch.value, breakdown(ch, 'in_person'), breakdown(ch, 'video'), breakdown(ch, 'phone'), month(ch, '2021-01')]).toEqual([8, 5, 2, 1, 6]);
    // no-shows: absent a2 a3 a8 of the 7 with attendance recorded (a6 has none); invitations a2 of a1 a2 a7, convocations a3 a8 of a3 a4 a8, bookings none of a5
    const ns = indicator(res.body, 'no_shows');
    expect(ns).toMatchObject({ value: 0.4286, numerator: 3, denominator: 7 });
    expect([breakdown(ns, 'invitation'), breakdown(ns, 'convocation'), breakdown(ns, 'booking'), month(ns, '2021-01'), month(ns, '2021-02')]).toEqual([
      0.3333, 0.6667, 0, 0.4, 0.5,
    ]);
    // vacancies: published v1 v2 in January, v3 in February; filled v1 in January, v2 in February
    const vac = indicator(res.body, 'vacancies');
    expect([vac.value, month(vac, '2021-01'), breakdown(vac, 'filled')]).toEqual([3, 2, 2]);
    // time to fill: v1 20 days (January), v2 40 (February): median 30
    const ttf = indicator(res.body, 'time_to_fill');
    expect([ttf.value, month(ttf, '2021-01'), month(ttf, '2021-02')]).toEqual([30, 20, 40]);
    // conditionality cases: two in January, one in February
    const cases = indicator(res.body, 'conditionality_cases');
    expect([cases.value, month(cases, '2021-01'), breakdown(cases, 'appointment_missed'), breakdown(cases, 'patto_signature_overdue')]).toEqual([3, 2, 2, 1]);
    // satisfaction: no answers in the period
    expect(indicator(res.body, 'satisfaction').value).toBeNull();
  });

  it('lets a manager see their own office only; a region admin the whole region and any office; an operator nothing', async () => {
    expect((await get(paolo, `/api/operator/monitoring/dashboard?${PERIOD}&officeId=${f.mo}`)).body.code).toBe('MONITORING_OFFICE_NOT_IN_SCOPE');
    expect((await get(paolo, `/api/operator/monitoring/offices/${f.mo}/operators?${PERIOD}`)).status).toBe(404);
    const region = await get(sara, `/api/operator/monitoring/dashboard?${PERIOD}`);
    expect(region.body.scope.level).toBe('region');
    // Torino 4 + Moncalieri 1 DIDs; first contacts 2 + 1 of 4 + 1; medians over 25, 26, 28 and Moncalieri's 30
    expect(indicator(region.body, 'dids').value).toBe(5);
    expect(indicator(region.body, 'first_contact_in_window')).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });
    expect(indicator(region.body, 'time_to_patto').value).toBe(27);
    const mo = await get(sara, `/api/operator/monitoring/dashboard?${PERIOD}&officeId=${f.mo}`);
    expect(mo.body.scope).toMatchObject({ level: 'office', officeIds: [f.mo] });
    expect([indicator(mo.body, 'dids').value, indicator(mo.body, 'time_to_patto').value, indicator(mo.body, 'no_shows').value]).toEqual([1, 30, 0]);
    for (const url of ['dashboard', 'benchmark?indicator=no_shows', 'indicators', 'refresh-runs', 'export?format=csv', `offices/${f.to}/operators`]) {
      expect({ url, status: (await get(luca, `/api/operator/monitoring/${url}`)).status }).toEqual({ url, status: 403 });
    }
  });

  it('benchmarks each office against the regional median and best quartile; a manager gets only their rows', async () => {
    // time to patto: Torino 26, Moncalieri 30 → median 28; lower is better → 25th percentile 26 + (30 − 26) × 0.25 = 27
    const mine = await get(paolo, `/api/operator/monitoring/benchmark?${PERIOD}&indicator=time_to_patto`);
    expect(mine.body).toMatchObject({ regionMedian: 28, bestQuartile: 27, officesCompared: 2, higherIsBetter: false });
    expect(mine.body.offices).toEqual([{ officeId: f.to, officeName: expect.any(String), value: 26, denominator: 3 }]);
    const all = await get(sara, `/api/operator/monitoring/benchmark?${PERIOD}&indicator=time_to_patto`);
    expect(all.body.offices.find((o: { officeId: string }) => o.officeId === f.mo)).toMatchObject({ value: 30, denominator: 1 });
    // first contact: Torino 0.5, Moncalieri 1 → median 0.75; higher is better → 75th percentile 0.875
    expect((await get(paolo, `/api/operator/monitoring/benchmark?${PERIOD}&indicator=first_contact_in_window`)).body).toMatchObject({ regionMedian: 0.75, bestQuartile: 0.875 });
    // remote appointments: Torino 3 of 8, Moncalieri 1 of 2
    const remote = await get(sara, `/api/operator/monitoring/benchmark?${PERIOD}&indicator=remote_appointments`);
    expect(
      remote.body.offices
        .filter((o: { value: number | null }) => o.value !== null)
        .map((o: { value: number }) => o.value)
        .sort(),
    ).toEqual([0.375, 0.5]);
  });

  it('drills down from the office to its operators', async () => {
    const res = await get(paolo, `/api/operator/monitoring/offices/${f.to}/operators?${PERIOD}`);
    expect(res.status).toBe(200);
    // Luca: 8 appointments, attended a1 a4 a7, absent a2 a3 a8; responsible for the 3 patti
    expect(res.body.items).toEqual([{ staffId: f.luca, name: 'Luca Verdi', appointments: 8, attended: 3, noShows: 3, pattiSigned: 3 }]);
    const mo = await get(sara, `/api/operator/monitoring/offices/${f.mo}/operators?${PERIOD}`);
    expect(mo.body.items).toEqual([{ staffId: f.anna, name: 'Anna Ferrari', appointments: 2, attended: 2, noShows: 0, pattiSigned: 1 }]);
  });

  it('exports the dashboard as CSV and XLSX', async () => {
    const csv = await get(paolo, `/api/operator/monitoring/export?${PERIOD}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('indicatore,titolo,unita,dettaglio,2021-01,2021-02,2021-03,periodo');
    expect(lines).toContain('dids,DID rilasciate,count,,3,1,0,4');
    expect(lines).toContain('patti_by_pathway,Patti per percorso GOL,count,pathway:1,0,1,1,2');
    const xlsx = await get(paolo, `/api/operator/monitoring/export?${PERIOD}&format=xlsx`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="opencpi-indicatori-2021-01-2021-03.xlsx"');
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK'); // a zip (OOXML)
  });

  it('refuses a bad period and lets only a region admin ask for a refresh', async () => {
    expect((await get(paolo, '/api/operator/monitoring/dashboard?from=2021-05&to=2021-01')).body.code).toBe('MONITORING_PERIOD_INVALID');
    expect((await get(paolo, '/api/operator/monitoring/dashboard?from=2021-13')).body.code).toBe('VALIDATION_FAILED');
    const post = (a: DirectSession) => request(t.app.getHttpServer()).post('/api/operator/monitoring/refresh').set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf);
    expect((await post(paolo)).status).toBe(403);
    const asked = await post(sara);
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ trigger: 'manual', state: 'running' });
    const runs = await get(paolo, '/api/operator/monitoring/refresh-runs');
    expect(runs.body.items.map((r: { id: string }) => r.id)).toContain(asked.body.id);
    expect(runs.body.items.find((r: { trigger: string; state: string }) => r.state === 'succeeded').steps.map((s: { owner: string }) => s.owner)).toEqual([
      'agenda',
      'patto',
      'matching',
      'condizionalita',
    ]);
  });
});
