import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';

export const MARIO = 'RSSMRA85T10L219G'; // citizen, Torino
export const GIULIA = 'BNCGLI90A41F335M'; // citizen, Moncalieri
export const FATIMA = 'KHLFTM95M52Z330E'; // citizen, Torino
export const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
export const LAURA = 'GRCLRA80S48L219S'; // employer, Officine Subalpine

export type Agent = { cookie: string; csrf: string };

/**
 * The API over its own database with a small test taxonomy (three comuni, three occupations, six skills), and the
 * helpers the matching tests share. Call inside a `describe`: it registers the beforeAll/afterAll hooks.
 */
export function useMatchingApp() {
  let t: TestApp;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query(`INSERT INTO matching.comuni (istat, name, province, lat, lon) VALUES
      ('001272', 'Torino', 'TO', 45.0703, 7.6869), ('001156', 'Moncalieri', 'TO', 44.9996, 7.6824), ('001125', 'Ivrea', 'TO', 45.4667, 7.8762)`);
    for (const [key, isco, label] of [
      ['shop', '5223', 'Commesso di negozio'],
      ['keeper', '5221', 'Negoziante'],
      ['warehouse', '4321', 'Magazziniere'],
    ] as const) {
      ids[key] = (
        await t.db.query(`INSERT INTO matching.occupations (esco_uri, isco_code, label, source) VALUES ($1, $2, $3, 'test') RETURNING id`, [`urn:test:occ:${key}`, isco, label])
      )[0].id;
    }
    for (const key of ['cash', 'sales', 'display', 'forklift', 'english', 'inventory']) {
      ids[key] = (await t.db.query(`INSERT INTO matching.skills (esco_uri, label, source) VALUES ($1, $2, 'test') RETURNING id`, [`urn:test:skill:${key}`, `skill ${key}`]))[0].id;
    }
    await t.db.query(`INSERT INTO matching.occupation_skills VALUES ($1, $2, 'essential'), ($1, $3, 'essential'), ($1, $4, 'optional')`, [
      ids.shop,
      ids.cash,
      ids.sales,
      ids.display,
    ]);
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const send = (a: Agent, method: 'post' | 'put', url: string, body?: object) => request(http())[method](url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: Agent, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const citizenId = (fc: string): Promise<string> => citizenIdOf(t, fc);
  const profile = (over: object = {}) => ({
    visibility: 'employers_anonymous',
    comuneIstat: '001272',
    maxKm: 30,
    ownVehicle: false,
    hours: 'any',
    shifts: true,
    contractTypes: [],
    targetOccupationIds: [ids.shop],
    skillIds: [ids.cash, ids.sales],
    experiences: [{ occupationId: ids.shop, title: 'Commesso', from: '2015-01-01', to: '2026-06-30' }],
    education: [{ title: 'Diploma', eqfLevel: 4 }],
    languages: [{ language: 'en', level: 'A2' }],
    licences: [],
    available: true,
    ...over,
  });
  const vacancy = (over: object = {}) => ({
    title: 'Commesso/a reparto casse',
    occupationId: ids.shop,
    description: 'Vendita e cassa in un negozio di abbigliamento.',
    skills: [
      { skillId: ids.cash, weight: 5, required: true },
      { skillId: ids.sales, weight: 3, required: true },
      { skillId: ids.display, weight: 1, required: false },
    ],
    minEqf: 4,
    languages: [{ language: 'en', level: 'B1' }],
    licences: ['B'],
    comuneIstat: '001156',
    contractType: 'permanent',
    hours: 'full',
    payMin: 1500,
    payMax: 1700,
    positions: 2,
    expiresOn: '2099-12-31',
    ...over,
  });
  return { app: () => t, ids, http, send, get, citizenId, profile, vacancy };
}
