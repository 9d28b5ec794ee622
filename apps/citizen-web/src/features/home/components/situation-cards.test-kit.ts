import { server } from '@opencpi/web-testing';
import { HttpResponse, http } from 'msw';

// the patto: the one fixture of the patto tests (features/patto/patto.test-kit.ts)
export { CITIZEN_SIGNATURE as SIGNATURE, pattoWith } from '../../patto/patto.test-kit';

/** Fixtures of the home tests: the owners' answers (DID, patti, plan, agenda, messages, cases, benefits from INPS, certificates). */
const DID = {
  id: 'd1',
  status: 'active',
  filedAt: '2026-11-02T09:00:00Z',
  workCondition: 'no_job',
  benefit: 'none',
  citizenship: 'IT',
  contactDeadline: '2026-12-02',
  contactDays: 30,
  education: [],
  jobs: [],
  languages: [],
  licences: [],
};
const EMPLOYMENT = { status: 'unemployed', since: '2026-11-02', monthsUnemployed: 1, derivation: [] };
const PREFILL = { fiscalCode: 'KHLFTM95M52Z330E', givenName: 'Fatima', familyName: 'Khalil' };
export const APPOINTMENT = {
  id: 'a1',
  status: 'booked',
  serviceType: 'first_reception',
  serviceName: 'Prima accoglienza',
  officeName: "Centro per l'Impiego di Torino",
  startsAt: '2026-12-04T08:30:00Z',
  endsAt: '2026-12-04T09:00:00Z',
  localDate: '2026-12-04',
  localTime: '09:30',
  channel: 'in_person',
  changeable: true,
};
export const planItem = (id: string, title: string, dueDate: string, overdue: boolean) => ({
  id,
  source: 'patto',
  kind: 'workshop',
  title,
  dueDate,
  status: 'todo',
  overdue,
  createdAt: '2026-11-20T09:00:00Z',
});

export function answer({
  did = true,
  patti = [] as object[],
  plan = [] as object[],
  appointments = [] as object[],
  messages = [] as object[],
  cases = [] as object[],
  certificates = [] as object[],
  obligations = { benefitsAvailable: true, benefits: [] } as object,
} = {}) {
  server.use(
    http.get('/api/citizen/patto/did', () => HttpResponse.json({ ...(did ? { active: DID } : {}), history: [], employmentStatus: EMPLOYMENT, prefill: PREFILL })),
    http.get('/api/citizen/patti', () => HttpResponse.json({ items: patti })),
    http.get('/api/citizen/plan', () => HttpResponse.json({ items: plan })),
    http.get('/api/citizen/agenda/appointments', () => HttpResponse.json({ items: appointments })),
    http.get('/api/citizen/dossier/messages', () => HttpResponse.json({ items: messages })),
    http.get('/api/citizen/condizionalita/cases', () => HttpResponse.json({ items: cases, total: cases.length, limit: 50, offset: 0 })),
    http.get('/api/citizen/condizionalita/obligations', () => HttpResponse.json(obligations)),
    http.get('/api/citizen/certificazioni/certificates', () => HttpResponse.json({ items: certificates })),
  );
}
