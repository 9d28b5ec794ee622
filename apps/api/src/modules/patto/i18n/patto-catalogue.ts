import { toLocale, type Locale } from '../../../platform/i18n/locale';
/**
 * Server-side texts of the patto module, by locale (Italian first). The SPAs render the same codes from libs/i18n
 * (`timeline.<kind>`); these are for what the server itself writes: the PDF and the timeline's `summary`, kept for
 * readers that do not know a code yet. `{name}` placeholders take the entry's params.
 */
/** The PDF's language (patto-pdf-catalogue.ts): every language a person can choose, Italian for anything else. */
export type PattoLocale = Locale;
export const pattoLocale = (l: string | null | undefined): PattoLocale => toLocale(l);

const it = {
  /** the e-coach's default nudge (the `message` of the `ecoach.nudge` notification) */
  gentleNudge: 'Non vediamo nuove attività nel suo piano da qualche giorno. Ogni passo conta: registri le candidature inviate o ci scriva se ha bisogno di una mano.',
  /** how the employment status was derived (domain/employment-status.ts): one fact and one rule per step code */
  derivation: {
    no_did: { fact: 'Nessuna DID', rule: 'Lo stato di disoccupazione richiede una DID attiva' },
    did_revoked: { fact: 'DID revocata il {date}', rule: 'Con la revoca della DID lo stato di disoccupazione cessa' },
    did_active: { fact: 'DID attiva rilasciata il {date}', rule: 'Chi è privo di lavoro e dichiara la propria immediata disponibilità è disoccupato' },
    notice_running: {
      fact: 'Rapporto di lavoro in preavviso fino al {date}',
      rule: 'La DID rilasciata durante il preavviso dà lo stato "a rischio di disoccupazione" fino alla fine del rapporto',
    },
    notice_ended: { fact: 'Preavviso concluso il {date}', rule: 'Dal giorno dopo la fine del rapporto la persona è disoccupata' },
    low_income: { fact: 'Lavoro con reddito annuo sotto la soglia dichiarato nella DID', rule: 'Chi lavora con un reddito sotto la soglia conserva lo stato di disoccupazione' },
    last_job_ended: { fact: 'Ultimo lavoro concluso il {date}', rule: 'La durata della disoccupazione si conta dalla DID' },
  },
  timeline: {
    'did.filed': 'DID rilasciata',
    'did.revoked': 'DID revocata',
    'profiling.computed': 'Profilazione quantitativa',
    'profiling.assessed': 'Valutazione qualitativa: percorso GOL {pathway}',
    'patto.proposed': 'Patto di servizio proposto (versione {version})',
    'patto.signed': 'Patto di servizio firmato da tutte le parti (versione {version})',
    'patto.signature': 'Firma del patto (versione {version}): {signerName}',
    'plan.activity': 'Attività registrata: {title}',
    'plan.action.done': 'Azione del patto svolta: {title}',
    'plan.action.not_done': 'Azione del patto non svolta: {title}',
  },
};
type Shape = {
  gentleNudge: string;
  derivation: Record<keyof typeof it.derivation, { fact: string; rule: string }>;
  timeline: Record<keyof typeof it.timeline, string>;
};

const en: Shape = {
  gentleNudge: 'We have not seen new activities in your plan for a few days. Every step counts: log the applications you sent, or write to us if you need a hand.',
  derivation: {
    no_did: { fact: 'No DID', rule: 'The unemployment status needs an active DID' },
    did_revoked: { fact: 'DID revoked on {date}', rule: 'Revoking the DID ends the unemployment status' },
    did_active: { fact: 'Active DID filed on {date}', rule: 'Whoever has no job and declares immediate availability is unemployed' },
    notice_running: {
      fact: 'Employment in its notice period until {date}',
      rule: 'A DID filed during the notice period gives the status "at risk of unemployment" until the employment ends',
    },
    notice_ended: { fact: 'Notice period ended on {date}', rule: 'From the day after the employment ends the person is unemployed' },
    low_income: {
      fact: 'Work with an annual income below the threshold, declared in the DID',
      rule: 'Whoever works with an income below the threshold keeps the unemployment status',
    },
    last_job_ended: { fact: 'Last job ended on {date}', rule: 'The length of unemployment is counted from the DID' },
  },
  timeline: {
    'did.filed': 'DID filed',
    'did.revoked': 'DID revoked',
    'profiling.computed': 'Quantitative profiling',
    'profiling.assessed': 'Qualitative assessment: GOL pathway {pathway}',
    'patto.proposed': 'Service agreement proposed (version {version})',
    'patto.signed': 'Service agreement signed by every party (version {version})',
    'patto.signature': 'Agreement signature (version {version}): {signerName}',
    'plan.activity': 'Activity logged: {title}',
    'plan.action.done': 'Agreement action done: {title}',
    'plan.action.not_done': 'Agreement action not done: {title}',
  },
};

/** The timeline's stored summaries and the derivation's words (Italian; English for the catalogue test). */
export const PATTO_CATALOGUE: Record<'it' | 'en', Shape> = { it, en };
export type TimelineCode = keyof typeof it.timeline;
export type DerivationCode = keyof typeof it.derivation;

/** Replaces `{name}` with params[name] (unknown names stay as written). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

/** The e-coach's default nudge in every language a person can choose (a message, not a document). */
const GENTLE_NUDGE: Record<Exclude<Locale, 'it' | 'en'>, string> = {
  ar: 'لم نرَ أنشطة جديدة في خطتك منذ بضعة أيام. كل خطوة مهمة: سجّل طلبات التقديم التي أرسلتها أو اكتب لنا إذا كنت بحاجة إلى مساعدة.',
  ro: 'Nu am mai văzut activități noi în planul tău de câteva zile. Fiecare pas contează: înregistrează candidaturile trimise sau scrie-ne dacă ai nevoie de ajutor.',
  uk: 'Уже кілька днів ми не бачимо нових дій у вашому плані. Кожен крок важливий: запишіть надіслані заявки або напишіть нам, якщо вам потрібна допомога.',
};
export function gentleNudge(locale: Locale): string {
  return locale === 'it' || locale === 'en' ? PATTO_CATALOGUE[locale].gentleNudge : GENTLE_NUDGE[locale];
}
