import { server } from '@opencpi/web-testing';
import { HttpResponse, http } from 'msw';

/** Fixtures of the home tests: the owners' answers (DID, patti, plan, agenda, messages, cases, certificates). */
const CONTENT = {
  pathway: 1,
  responsibleName: 'Laura Bianchi',
  jobSearchActs: 'Due candidature al mese.',
  contactFrequencyDays: 30,
  proofOfSearch: 'Copia delle candidature.',
  availabilityWorkshops: true,
  availabilityTraining: true,
  availabilityCongruousOffers: true,
  actions: [{ type: 'workshop', title: 'Laboratorio CV', provider: 'cpi', dueDate: '2026-12-15' }],
};
export const SIGNATURE = {
  party: 'citizen',
  signerName: 'Fatima Khalil',
  signerFiscalCode: 'KHLFTM95M52Z330E',
  method: 'otp_remote',
  documentSha256: 'a'.repeat(64),
  signedAt: '2026-11-21T10:00:00Z',
};
export const pattoWith = (status: string, signatures: object[] = []) => ({
  id: 'p1',
  citizenId: 'c1',
  citizenName: 'Fatima Khalil',
  citizenFiscalCode: 'KHLFTM95M52Z330E',
  officeId: 'o1',
  officeName: "Centro per l'Impiego di Torino",
  status,
  currentVersion: 1,
  versions: [
    { version: 1, status, content: CONTENT, summary: 'In breve.', fullText: 'Testo.', createdAt: '2026-11-20T09:00:00Z', requiredParties: ['citizen', 'operator'], signatures },
  ],
});
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
} = {}) {
  server.use(
    http.get('/api/citizen/patto/did', () => HttpResponse.json({ ...(did ? { active: DID } : {}), history: [], employmentStatus: EMPLOYMENT, prefill: PREFILL })),
    http.get('/api/citizen/patti', () => HttpResponse.json({ items: patti })),
    http.get('/api/citizen/plan', () => HttpResponse.json({ items: plan })),
    http.get('/api/citizen/agenda/appointments', () => HttpResponse.json({ items: appointments })),
    http.get('/api/citizen/dossier/messages', () => HttpResponse.json({ items: messages })),
    http.get('/api/citizen/condizionalita/cases', () => HttpResponse.json({ items: cases, total: cases.length, limit: 50, offset: 0 })),
    http.get('/api/citizen/certificazioni/certificates', () => HttpResponse.json({ items: certificates })),
  );
}
