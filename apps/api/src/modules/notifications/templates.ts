import { inLocale, toLocale, type Locale } from '../../platform/i18n/locale';
import { AR_PHRASES, AR_TEMPLATES } from './templates/templates-ar';
import { RO_PHRASES, RO_TEMPLATES } from './templates/templates-ro';
import { UK_PHRASES, UK_TEMPLATES } from './templates/templates-uk';

/**
 * Message templates, Italian and English here, Arabic, Romanian and Ukrainian in templates/templates-<locale>.ts, with
 * {{variables}}: the API's catalogue of messages (e-mail, SMS and App IO bodies are rendered here, in the recipient's
 * language, when they are written into the outbox). Plain text on purpose: it reads the same in e-mail, SMS and App
 * IO, and works on any phone.
 *
 * To add a message: one entry below with `it` and `en`, and one in each templates-<locale>.ts (the compiler wants
 * it; templates.spec.ts checks that all use the same variables).
 * A variable is data as is (a name, a title, a link) or words in the recipient's language: `{ phrase: 'a_company' }`
 * from PHRASES below, or `{ it, en, ar, ro, uk }` for a text given in every language (e.g. a service type's name).
 */

export const TEMPLATES = {
  'appointment.confirmed': {
    it: {
      subject: 'Appuntamento confermato: {{service}}',
      body: 'Gentile {{name}},\nil suo appuntamento "{{service}}" presso {{office}} è confermato per {{date}} alle {{time}} ({{channel}}).\nPuò spostarlo o annullarlo da qui: {{link}}\nSe ha bisogno di aiuto, chiami {{phone}}.',
    },
    en: {
      subject: 'Appointment confirmed: {{service}}',
      body: 'Dear {{name}},\nyour appointment "{{service}}" at {{office}} is confirmed for {{date}} at {{time}} ({{channel}}).\nYou can move or cancel it here: {{link}}\nIf you need help, call {{phone}}.',
    },
  },
  'appointment.cancelled': {
    it: {
      subject: 'Appuntamento annullato: {{service}}',
      body: 'Gentile {{name}},\nil suo appuntamento "{{service}}" del {{date}} alle {{time}} è stato annullato.\nPuò prenotarne un altro qui: {{link}}',
    },
    en: {
      subject: 'Appointment cancelled: {{service}}',
      body: 'Dear {{name}},\nyour appointment "{{service}}" on {{date}} at {{time}} has been cancelled.\nYou can book another one here: {{link}}',
    },
  },
  'appointment.reminder': {
    it: {
      subject: 'Promemoria: {{service}} {{when}}',
      body: 'Gentile {{name}},\nle ricordiamo l\'appuntamento "{{service}}" presso {{office}} il {{date}} alle {{time}} ({{channel}}).\nNon può venire? Lo sposti o lo annulli qui: {{link}}',
    },
    en: {
      subject: 'Reminder: {{service}} {{when}}',
      body: 'Dear {{name}},\nthis is a reminder of your appointment "{{service}}" at {{office}} on {{date}} at {{time}} ({{channel}}).\nCan\'t make it? Move or cancel it here: {{link}}',
    },
  },
  'appointment.recall': {
    it: {
      subject: 'Ci sarà? {{service}} il {{date}} alle {{time}}',
      body: 'Gentile {{name}},\nle ricordiamo l\'appuntamento "{{service}}" presso {{office}} il {{date}} alle {{time}} ({{channel}}).\nCi sarà? Risponda con un clic, senza accedere: {{recall}}\nSe non può venire, la sua risposta libera il posto per un\'altra persona.',
    },
    en: {
      subject: 'Will you come? {{service}} on {{date}} at {{time}}',
      body: 'Dear {{name}},\nthis is a reminder of your appointment "{{service}}" at {{office}} on {{date}} at {{time}} ({{channel}}).\nWill you come? Answer with one click, no login needed: {{recall}}\nIf you cannot come, your answer frees the place for someone else.',
    },
  },
  'appointment.cancelled_by_office': {
    it: {
      subject: "Appuntamento annullato dal Centro per l'Impiego: {{service}}",
      body: 'Gentile {{name}},\nil Centro per l\'Impiego ha annullato il suo appuntamento "{{service}}" del {{date}} alle {{time}}.\nMotivo: {{reason}}\nPuò prenotarne un altro qui: {{link}}',
    },
    en: {
      subject: 'Appointment cancelled by the Employment Centre: {{service}}',
      body: 'Dear {{name}},\nthe Employment Centre has cancelled your appointment "{{service}}" on {{date}} at {{time}}.\nReason: {{reason}}\nYou can book another one here: {{link}}',
    },
  },
  'invitation.sent': {
    it: {
      subject: 'Scelga quando venire: {{service}}',
      body: 'Gentile {{name}},\nil {{office}} la invita a prenotare un appuntamento "{{service}}".\nScelga il giorno e l\'ora che preferisce entro il {{expires}}, senza bisogno di accedere: {{link}}\nPreferisce venire di persona o ha bisogno di aiuto? Chiami {{phone}}.',
    },
    en: {
      subject: 'Choose when to come: {{service}}',
      body: 'Dear {{name}},\n{{office}} invites you to book an appointment "{{service}}".\nChoose the day and time you prefer by {{expires}}, no login needed: {{link}}\nWould you rather come in person, or do you need help? Call {{phone}}.',
    },
  },
  'invitation.reminder': {
    it: {
      subject: 'Promemoria: scelga quando venire ({{service}})',
      body: 'Gentile {{name}},\nnon ha ancora scelto l\'appuntamento "{{service}}" presso {{office}}. Può farlo entro il {{expires}} qui: {{link}}\nSe ha bisogno di aiuto, chiami {{phone}}.',
    },
    en: {
      subject: 'Reminder: choose when to come ({{service}})',
      body: 'Dear {{name}},\nyou have not yet chosen your appointment "{{service}}" at {{office}}. You can do it by {{expires}} here: {{link}}\nIf you need help, call {{phone}}.',
    },
  },
  'convocation.sent': {
    it: { subject: 'Convocazione: {{service}} il {{date}} alle {{time}}', body: '{{text}}\n\nConfermi di averla ricevuta qui: {{link}}' },
    en: { subject: 'Summons: {{service}} on {{date}} at {{time}}', body: '{{text}}\n\nPlease confirm you received it here: {{link}}' },
  },
  'dossier.message': {
    it: { subject: "Nuovo messaggio dal Centro per l'Impiego", body: 'Gentile {{name}},\nha un nuovo messaggio nella sua area riservata. Lo legga qui: {{link}}' },
    en: { subject: 'New message from the Employment Centre', body: 'Dear {{name}},\nyou have a new message in your reserved area. Read it here: {{link}}' },
  },
  'patto.proposed': {
    it: {
      subject: 'Il suo patto di servizio è pronto da firmare',
      body: "Gentile {{name}},\nil {{office}} ha preparato il suo patto di servizio personalizzato. Lo legga e lo firmi qui: {{link}}\nPreferisce firmarlo di persona? Può farlo al Centro per l'Impiego.",
    },
    en: {
      subject: 'Your service agreement is ready to sign',
      body: 'Dear {{name}},\n{{office}} has prepared your personal service agreement. Read and sign it here: {{link}}\nWould you rather sign in person? You can do it at the Employment Centre.',
    },
  },
  'patto.signature_code': {
    it: {
      subject: 'Codice per firmare il patto di servizio',
      body: "Il suo codice per firmare il patto di servizio è {{code}}. Vale 10 minuti. Non lo comunichi a nessuno: il Centro per l'Impiego non glielo chiederà mai.",
    },
    en: {
      subject: 'Code to sign your service agreement',
      body: 'Your code to sign the service agreement is {{code}}. It is valid for 10 minutes. Do not share it: the Employment Centre will never ask for it.',
    },
  },
  'patto.signed': {
    it: {
      subject: 'Patto di servizio firmato',
      body: 'Gentile {{name}},\nil suo patto di servizio (versione {{version}}) è firmato da tutte le parti. Può scaricarne il PDF qui: {{link}}',
    },
    en: {
      subject: 'Service agreement signed',
      body: 'Dear {{name}},\nyour service agreement (version {{version}}) has been signed by all parties. You can download the PDF here: {{link}}',
    },
  },
  'ecoach.nudge': {
    it: {
      subject: 'Come sta andando la sua ricerca?',
      body: "Gentile {{name}},\n{{message}}\nPuò registrare le sue attività e vedere le prossime scadenze qui: {{link}}\nSe ha bisogno di aiuto, scriva al suo Centro per l'Impiego dall'area riservata.",
    },
    en: {
      subject: 'How is your job search going?',
      body: 'Dear {{name}},\n{{message}}\nYou can log your activities and see your next deadlines here: {{link}}\nIf you need help, write to your Employment Centre from your reserved area.',
    },
  },
  'matching.consent_request': {
    it: {
      subject: "Un'azienda è interessata al suo profilo",
      body: "Gentile {{name}},\nil Centro per l'Impiego vuole presentare il suo profilo all'azienda {{company}} per l'offerta \"{{vacancy}}\". Senza il suo consenso l'azienda non vede il suo nome. Risponda qui: {{link}}",
    },
    en: {
      subject: 'A company is interested in your profile',
      body: 'Dear {{name}},\nthe Employment Centre would like to present your profile to {{company}} for the vacancy "{{vacancy}}". Without your consent the company does not see your name. Answer here: {{link}}',
    },
  },
  'matching.interview': {
    it: {
      subject: 'Invito a colloquio: {{vacancy}}',
      body: "Gentile {{name}},\nè invitato/a a un colloquio per l'offerta \"{{vacancy}}\" il {{date}} alle {{time}} presso {{place}}.\n{{note}}\nSe non può venire, lo comunichi al Centro per l'Impiego dall'area riservata: {{link}}",
    },
    en: {
      subject: 'Interview invitation: {{vacancy}}',
      body: 'Dear {{name}},\nyou are invited to an interview for the vacancy "{{vacancy}}" on {{date}} at {{time}} at {{place}}.\n{{note}}\nIf you cannot come, tell the Employment Centre from your reserved area: {{link}}',
    },
  },
  // condizionalità: {{what}}, {{consequence}}, {{decision}} and {{appeal}} come from the module's catalogue in the person's language
  'condizionalita.case_opened': {
    it: {
      subject: "Comunicazione del Centro per l'Impiego: {{benefit}}",
      body: "Gentile {{name}},\n{{what}}\n{{consequence}}\nSe ha avuto un giustificato motivo (ad esempio malattia, gravi motivi familiari, forza maggiore), lo comunichi e lo documenti entro il {{deadline}} dall'area riservata: {{link}}\nSe ha bisogno di aiuto, contatti il suo Centro per l'Impiego.",
    },
    en: {
      subject: 'Notice from the Employment Centre: {{benefit}}',
      body: 'Dear {{name}},\n{{what}}\n{{consequence}}\nIf you had a justified reason (for example illness, serious family reasons, force majeure), tell us and document it by {{deadline}} from your reserved area: {{link}}\nIf you need help, contact your Employment Centre.',
    },
  },
  'condizionalita.case_justified': {
    it: { subject: 'Giustificazione accolta: {{benefit}}', body: 'Gentile {{name}},\n{{decision}}\nTrova i dettagli nella sua area riservata: {{link}}' },
    en: { subject: 'Justification accepted: {{benefit}}', body: 'Dear {{name}},\n{{decision}}\nYou will find the details in your reserved area: {{link}}' },
  },
  'condizionalita.measure_decided': {
    it: {
      subject: "Provvedimento del Centro per l'Impiego: {{benefit}}",
      body: 'Gentile {{name}},\n{{what}}\n{{decision}}\nLa lettera con i fatti, la norma e i motivi è nella sua area riservata: {{link}}\n{{appeal}}',
    },
    en: {
      subject: 'Measure of the Employment Centre: {{benefit}}',
      body: 'Dear {{name}},\n{{what}}\n{{decision}}\nThe letter with the facts, the rule and the reasons is in your reserved area: {{link}}\n{{appeal}}',
    },
  },
  'condizionalita.measure_reversed': {
    it: {
      subject: 'Provvedimento annullato: {{benefit}}',
      body: "Gentile {{name}},\n{{decision}}\nL'annullamento è comunicato all'INPS. Trova i dettagli nella sua area riservata: {{link}}",
    },
    en: {
      subject: 'Measure annulled: {{benefit}}',
      body: 'Dear {{name}},\n{{decision}}\nThe annulment is communicated to INPS. You will find the details in your reserved area: {{link}}',
    },
  },
  'campaign.message': {
    it: { subject: '{{subject}}', body: "Gentile {{name}},\n{{body}}\n{{link}}\n\nNon desidera più ricevere messaggi non obbligatori? Lo comunichi al suo Centro per l'Impiego." },
    en: { subject: '{{subject}}', body: 'Dear {{name}},\n{{body}}\n{{link}}\n\nWould you rather not receive messages that are not mandatory? Tell your Employment Centre.' },
  },
  'survey.invitation': {
    it: {
      subject: "Com'è andata? Valuta il servizio: {{service}}",
      body: 'Gentile {{name}},\ngrazie per essersi rivolto a {{office}} per "{{service}}". Ci dica com\'è andata: bastano un minuto e un voto da 1 a 5, senza accedere: {{link}}\nRispondere non è obbligatorio; la risposta non è collegata al suo nome nei risultati.',
    },
    en: {
      subject: 'How did it go? Rate the service: {{service}}',
      body: 'Dear {{name}},\nthank you for using {{office}} for "{{service}}". Tell us how it went: it takes a minute and a rating from 1 to 5, no login needed: {{link}}\nAnswering is not required; the results do not link your answer to your name.',
    },
  },
} as const satisfies Record<string, Record<'it' | 'en', MessageText>>;

export type TemplateName = keyof typeof TEMPLATES;
export interface MessageText {
  subject: string;
  body: string;
}

/** Words that go into a template's variables, Italian and English (e.g. "un'azienda" when a vacancy names no company); the other languages in templates/. */
export const PHRASES = {
  a_company: { it: "un'azienda", en: 'a company' },
  the_employment_centre: { it: "il Centro per l'Impiego", en: 'the Employment Centre' },
  in_person_at: { it: 'in presenza, {{office}}', en: 'in person, {{office}}' },
  by_video: { it: 'in videochiamata', en: 'by video call' },
  by_phone: { it: 'al telefono', en: 'by phone' },
  in_two_days: { it: 'tra due giorni', en: 'in two days' },
  in_two_hours: { it: 'tra due ore', en: 'in two hours' },
} as const satisfies Record<string, Record<'it' | 'en', string>>;

export type PhraseName = keyof typeof PHRASES;

const OTHER_TEMPLATES: Record<Exclude<Locale, 'it' | 'en'>, Record<TemplateName, MessageText>> = { ar: AR_TEMPLATES, ro: RO_TEMPLATES, uk: UK_TEMPLATES };
const OTHER_PHRASES: Record<Exclude<Locale, 'it' | 'en'>, Record<PhraseName, string>> = { ar: AR_PHRASES, ro: RO_PHRASES, uk: UK_PHRASES };

/**
 * A template variable: data as is, a phrase (with its own variables), or a text given in every language (e.g. a
 * service type's name; the type requires all five, so a missing translation is a compile error).
 */
export type TemplateVar = string | { phrase: PhraseName; vars?: Record<string, string> } | Record<Locale, string>;

const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** A message template in `locale`. */
export function templateIn(template: TemplateName, locale: Locale): MessageText {
  return locale === 'it' || locale === 'en' ? TEMPLATES[template][locale] : OTHER_TEMPLATES[locale][template];
}

/** A phrase in `locale`. */
export function phraseIn(phrase: PhraseName, locale: Locale): string {
  return locale === 'it' || locale === 'en' ? PHRASES[phrase][locale] : OTHER_PHRASES[locale][phrase];
}

/** The text of a variable in `locale`. */
export function wordsOf(v: TemplateVar, locale: Locale): string {
  if (typeof v === 'string') return v;
  if ('phrase' in v) return fill(phraseIn(v.phrase, locale), v.vars ?? {});
  return inLocale(v, locale);
}

/** The subject and body of `template` in `locale` (Italian for a language OpenCPI does not speak). */
export function render(template: TemplateName, locale: string, vars: Record<string, TemplateVar>): MessageText {
  const lang = toLocale(locale);
  const t = templateIn(template, lang);
  const words = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, wordsOf(v, lang)]));
  return { subject: fill(t.subject, words), body: fill(t.body, words) };
}
