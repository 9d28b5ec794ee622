import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { templateMessages } from '../notifications/notifications.test-kit';
import { citizenIdOf } from '../registry/registry.test-kit';

export const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino (SPID e-mail and mobile)
export const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
export const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri
export const DAVIDE = 'MRNDVD88L05G674W'; // agency staff, LavoroPiù (PIE-APL-001)

export const did = {
  workCondition: 'no_job',
  lastJobEndDate: '2026-06-30',
  benefit: 'naspi',
  citizenship: 'IT',
  education: [{ title: 'Diploma di perito meccanico', eqfLevel: 4, year: 2004 }],
  jobs: [{ occupation: 'Operaio metalmeccanico', employer: 'Meccanica Srl', from: '2010-01-01', to: '2026-06-30' }],
  languages: [{ language: 'en', level: 'A2' }],
  licences: ['B'],
  declaration: true,
};
export const content = (agencyId?: string) => ({
  pathway: 1,
  ...(agencyId ? { agencyId } : {}),
  jobSearchActs: 'Quattro candidature al mese a offerte coerenti',
  contactFrequencyDays: 30,
  proofOfSearch: 'Registrarle nel piano personale',
  availability: { workshops: true, training: false, congruousOffers: true },
  actions: [{ type: 'job_search_workshop', title: 'Laboratorio sul curriculum', provider: 'cpi', dueDate: '2027-01-15' }],
});
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export type Agent = { cookie: string; csrf: string };

/** The API over its own database and the helpers the patto tests share. Call inside a `describe`: it registers the hooks. */
export function usePattoApp() {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const post = (a: Agent, url: string, body?: object) =>
    request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).set('User-Agent', 'jest-supertest').send(body);
  const put = (a: Agent, url: string, body: object) => request(http()).put(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: Agent, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const citizenId = (fc: string): Promise<string> => citizenIdOf(t, fc);
  /** the code in the last signature message sent on `channel` (the outbox holds what the fake provider got) */
  const codeSent = async (channel: string): Promise<string> => {
    const [m] = await templateMessages(t, 'patto.signature_code', channel);
    return /\b(\d{6})\b/.exec(m!.body)![1]!;
  };
  return { app: () => t, http, post, put, get, citizenId, codeSent };
}
