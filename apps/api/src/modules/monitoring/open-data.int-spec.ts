import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { insertPastDid, insertPastProfiling } from '../patto/kpi/patto-kpi.test-kit';
import { at, buildFixture, type Fixture } from './monitoring.test-fixture';
import { RefreshService } from './refresh/refresh.service';

type Row = { month: string; level: string; officeCode?: string; values: Record<string, number | null>; suppressed: string[] };

/**
 * Open data (issue 16), no login: monthly indicators per CPI and per region with small-cell suppression, including
 * the differencing between a CPI and the region total; CSV, data dictionary, DCAT-AP_IT metadata.
 */
describe('monitoring: open data', () => {
  let t: TestApp;
  let f: Fixture;
  const get = (url: string) => request(t.app.getHttpServer()).get(url);
  const rowOf = (rows: Row[], month: string, officeCode?: string) => rows.find((r) => r.month === month && (officeCode ? r.officeCode === officeCode : r.level === 'region'))!;

  beforeAll(async () => {
    t = await startTestApp();
    f = await buildFixture(t);
    // April 2021: CPI Torino 12 DIDs, 11 of them contacted in the window; CPI Moncalieri 3 DIDs, all contacted in the window
    for (let i = 0; i < 15; i++) {
      const did = await insertPastDid(t.db, { officeId: i < 12 ? f.to : f.mo, filedAt: at('2021-04-06'), contactDeadline: '2021-05-06' });
      if (i !== 0) await insertPastProfiling(t.db, did, at('2021-04-20'));
    }
    await t.app.get(RefreshService).runNow('manual');
  }, 60_000);
  afterAll(() => t.close());

  it('publishes the region total and hides both CPIs when one is small (differencing), and small parts of a whole', async () => {
    const res = await get('/api/public/open-data/indicators?from=2021-04&to=2021-04');
    expect(res.status).toBe(200);
    const rows = res.body.rows as Row[];
    const [to, mo, region] = [rowOf(rows, '2021-04', 'CPI-TO'), rowOf(rows, '2021-04', 'CPI-MO'), rowOf(rows, '2021-04')];
    // Moncalieri's 3 DIDs are few (primary); the region total 15 is published, so Torino's 12 would give them back
    // (15 − 12 − 0 … = 3): Torino is hidden too (secondary), the other offices' zeros stay
    expect([to.values.dids, mo.values.dids, region.values.dids]).toEqual([null, null, 15]);
    expect(to.suppressed).toContain('dids');
    expect(mo.suppressed).toContain('dids');
    expect(rows.filter((r) => r.month === '2021-04' && r.level === 'office' && r.values.dids !== null).every((r) => r.values.dids === 0)).toBe(true);
    // the sum of what is published never gives a hidden cell back
    const published = rows.filter((r) => r.month === '2021-04' && r.level === 'office').reduce((s, r) => s + (r.values.dids ?? 0), 0);
    expect(region.values.dids! - published).toBeGreaterThanOrEqual(10);
    // first contacts: Torino 11 of 12 in the window (1 late: a part whose complement is small) and the region 14 of 15
    expect([to.values.first_contacts_in_window, region.values.first_contacts_in_window, region.values.first_contacts_due]).toEqual([null, null, 15]);
    expect(region.suppressed).toEqual(['first_contacts_in_window']);
  });

  it('hides every small count of the small data set, and the medians resting on them', async () => {
    const res = await get('/api/public/open-data/indicators?from=2021-01&to=2021-03');
    const to = rowOf(res.body.rows, '2021-02', 'CPI-TO');
    expect(to.values).toMatchObject({ dids: null, patti_signed: null, median_days_to_patto: null, appointments: null, no_shows: null, conditionality_cases: null });
    // vacancies count no one: published as they are (2 filled in the period: one in January, one in February)
    expect(to.values).toMatchObject({ vacancies_published: 1, vacancies_filled: 1, median_days_to_fill: 40 });
    expect(rowOf(res.body.rows, '2021-01').values.dids).toBeNull(); // the region's 4 DIDs of January
  });

  it('serves the same rows as CSV, with the dictionary and DCAT-AP_IT metadata, to anyone', async () => {
    const csv = await get('/api/public/open-data/indicators.csv?from=2021-04&to=2021-04');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 7)).toEqual(['month', 'level', 'region_code', 'region_name', 'office_code', 'office_name', 'dids']);
    const toLine = lines.find((l) => l.includes(',CPI-TO,'))!.split(',');
    expect(toLine[header.indexOf('dids')]).toBe(''); // suppressed
    const dictionary = await get('/api/public/open-data/dictionary');
    expect(dictionary.body.suppressionThreshold).toBe(10);
    expect(dictionary.body.fields.map((x: { name: string }) => x.name)).toEqual(header.slice(6));
    expect(dictionary.body.fields.find((x: { name: string }) => x.name === 'dids')).toMatchObject({ suppression: 'people', sourceTables: expect.arrayContaining(['patto.dids']) });
    // every field is defined in every language the citizen SPA speaks (it shows the reader's): a Ukrainian reader reads Ukrainian
    const uk = await get('/api/public/open-data/dictionary').set('Accept-Language', 'uk-UA,uk;q=0.9');
    expect(uk.body.fields.find((x: { name: string }) => x.name === 'dids').description.uk).toBe('Декларації про готовність до роботи (DID), подані за місяць');
    expect(uk.body.suppressionRule.uk).toMatch(/^Кожну клітинку/);
    for (const field of uk.body.fields as { description: Record<string, string> }[])
      for (const l of ['ar', 'ro', 'uk']) {
        expect(field.description[l]).toEqual(expect.any(String));
        expect([field.description.it, field.description.en]).not.toContain(field.description[l]);
      }
    const catalog = await get('/api/public/open-data/catalog');
    expect(catalog.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(catalog.text);
    expect(doc['@type']).toContain('dcatapit:Catalog');
    expect(doc['dcat:dataset']['@type']).toContain('dcatapit:Dataset');
    expect(doc['dcat:dataset']['dcat:distribution'].map((d: { 'dct:format': { '@id': string } }) => d['dct:format']['@id'].split('/').pop())).toEqual(['JSON', 'CSV']);
    expect(doc['dcat:dataset']['dct:accrualPeriodicity']['@id']).toMatch(/MONTHLY$/);
  });
});
