import type { Locale } from '../../../platform/i18n/locale';
import type { DossierSection } from '@opencpi/contracts';

/** Server-side texts of the dossier's readable summary (the sealed PDF in the bundle), by locale (Italian first). */
/** The export's readable part: Italian or English (PORTABILITY_LOCALES). */
export type PortabilityLocale = Extract<Locale, 'it' | 'en'>;

const it = {
  title: 'Il tuo fascicolo: riepilogo leggibile',
  intro:
    'Questo riepilogo accompagna i dati completi (dossier.json, con i file) che hai chiesto ai sensi degli artt. 15 e 20 del GDPR. Il pacchetto è firmato da {issuer}: signature.jws copre le impronte SHA-256 di ogni file elencate in manifest.json.',
  person: 'Persona',
  name: 'Nome e cognome',
  fiscalCode: 'Codice fiscale',
  exportedAt: 'Esportato il',
  exportId: "Identificativo dell'esportazione",
  contents: 'Contenuto del pacchetto',
  status: 'Stato occupazionale',
  section: {
    registry: 'Dati anagrafici',
    did: 'DID e stati occupazionali',
    profiling: 'Profilazione',
    matchingProfile: "Profilo per l'incontro domanda-offerta",
    patti: 'Patti di servizio con le firme',
    plan: "Piano d'azione",
    appointments: 'Appuntamenti',
    conditionality: 'Procedimenti di condizionalità',
    documents: 'Documenti (file)',
    certificates: 'Certificati (PDF sigillati)',
    credentials: 'Credenziali digitali',
    messages: 'Messaggi',
    auditTrail: 'Chi ha letto o modificato i tuoi dati',
  } satisfies Record<DossierSection, string>,
  count: '{n} elementi',
  countOne: '1 elemento',
  present: 'presente',
  absent: 'nessun dato',
  value: { unemployed: 'disoccupato/a', at_risk: 'a rischio di disoccupazione', not_unemployed: 'non in stato di disoccupazione' } as Record<string, string>,
  sealReason: 'Riepilogo del fascicolo rilasciato da {issuer}',
  page: 'Pagina {n} di {total}',
};
type Shape = typeof it;

const en: Shape = {
  title: 'Your dossier: readable summary',
  intro:
    'This summary comes with the complete data (dossier.json, with the files) you asked for under GDPR articles 15 and 20. The bundle is signed by {issuer}: signature.jws covers the SHA-256 fingerprints of every file listed in manifest.json.',
  person: 'Person',
  name: 'Name',
  fiscalCode: 'Fiscal code',
  exportedAt: 'Exported on',
  exportId: 'Export identifier',
  contents: 'What the bundle holds',
  status: 'Employment status',
  section: {
    registry: 'Personal data',
    did: 'DIDs and employment statuses',
    profiling: 'Profiling',
    matchingProfile: 'Job-matching profile',
    patti: 'Service agreements with their signatures',
    plan: 'Action plan',
    appointments: 'Appointments',
    conditionality: 'Conditionality cases',
    documents: 'Documents (files)',
    certificates: 'Certificates (sealed PDFs)',
    credentials: 'Digital credentials',
    messages: 'Messages',
    auditTrail: 'Who read or changed your data',
  },
  count: '{n} items',
  countOne: '1 item',
  present: 'present',
  absent: 'no data',
  value: { unemployed: 'unemployed', at_risk: 'at risk of unemployment', not_unemployed: 'not unemployed' },
  sealReason: 'Dossier summary issued by {issuer}',
  page: 'Page {n} of {total}',
};

export const PORTABILITY_CATALOGUE: Record<PortabilityLocale, Shape> = { it, en };

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
