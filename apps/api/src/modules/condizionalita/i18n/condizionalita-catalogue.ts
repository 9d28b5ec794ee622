import { toLocale, type Locale } from '../../../platform/i18n/locale';
/**
 * Server-side texts of conditionality, by locale (Italian first): the pieces of the notifications and the measure
 * letter. The SPAs render the same codes from libs/i18n. `{name}` placeholders take the params.
 */
/**
 * The measure letter (a PDF with legal weight) is written in the person's language, every one of the five
 * (condizionalita-letter-catalogue.ts); messages: condizionalita-messages.ts. This file holds Italian and English.
 */
export type CondLocale = Locale;
export const condLocale = (l: string | null | undefined): CondLocale => toLocale(l);

export const fill = (s: string, params: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

const it = {
  benefit: { NASPI: 'NASpI', DISCOLL: 'DIS-COLL', ADI: 'Assegno di Inclusione (ADI)', SFL: 'Supporto per la Formazione e il Lavoro (SFL)' } as Record<string, string>,
  breach: {
    missed_appointment: "non si è presentato/a alla convocazione o all'appuntamento del {date} presso il Centro per l'Impiego",
    missed_orientation: "non ha partecipato all'iniziativa di orientamento prevista per il {date}",
    missed_training: "non ha partecipato all'iniziativa di formazione o riqualificazione prevista per il {date}",
    offer_refused: "ha rifiutato, il {date}, un'offerta di lavoro congrua",
    psp_not_signed: 'non ha firmato il patto di servizio entro il {date}',
  } as Record<string, string>,
  sanction: {
    cut_quarter_month: 'la decurtazione di un quarto di una mensilità',
    cut_month: 'la decurtazione di una mensilità',
    loss: 'la decadenza dalla prestazione (per NASpI e DIS-COLL anche dallo stato di disoccupazione)',
    annulled: "l'annullamento del provvedimento precedente",
  } as Record<string, string>,
  what: 'Risulta che lei {breach}.',
  consequence: "Senza un giustificato motivo, il Centro per l'Impiego dovrà applicare {sanction} ({source}).",
  decided: "Il Centro per l'Impiego ha deciso: {sanction} ({source}).",
  justified: "Il Centro per l'Impiego ha accolto la sua giustificazione: nessun provvedimento.",
  reversed: 'Il ricorso è stato accolto: il provvedimento del {date} è annullato ({reference}).',
  appeal: 'Contro questo provvedimento può presentare ricorso al comitato di ANPAL entro 30 giorni dalla comunicazione (D.Lgs. 150/2015 art. 21 c.12).',
  letter: {
    title: 'Provvedimento di condizionalità',
    office: "Centro per l'Impiego: {office}",
    to: 'Destinatario: {name} ({fiscalCode})',
    benefit: 'Prestazione: {benefit} (identificativo INPS {benefitId})',
    facts: 'I fatti',
    factsText: 'Risulta che lei {breach}. Il termine per comunicare e documentare un giustificato motivo era il {deadline}.',
    justification: 'Giustificazione ricevuta il {at}: {reason}. {text}',
    noJustification: 'Non è pervenuta alcuna giustificazione entro il termine.',
    reasons: 'Motivazione della decisione: {text}',
    rule: 'La norma',
    ruleText: 'Regola {ruleCode}, versione {version}, passo {step} della scala delle sanzioni: {sanction}.',
    source: 'Fonte: {source}{unverified}',
    unverified: ' (riferimento da verificare)',
    decision: 'Decisione del {decidedOn}: {decidedBy}; confermata da {confirmedBy}.',
    appealTitle: 'Come presentare ricorso',
    inps: "Il provvedimento è comunicato all'INPS, che applica la decurtazione o la decadenza (D.Lgs. 150/2015 art. 21 c.10).",
    reversal: 'Questo provvedimento annulla il provvedimento {measureId} (ricorso accolto: {reference}, {date}).',
  },
  reason: {
    illness_injury: 'malattia o infortunio documentati',
    civil_military_service: 'servizio civile o militare, o richiamo alle armi',
    pregnancy: 'gravidanza, nei periodi di astensione previsti dalla legge',
    court_summons: "convocazione da parte dell'autorità giudiziaria",
    serious_family_reasons: 'gravi motivi familiari documentati',
    mobility_restriction: 'limitazioni legali della mobilità personale',
    force_majeure: 'impedimento oggettivo o causa di forza maggiore documentati',
  } as Record<string, string>,
};

type Catalogue = typeof it;

const en: Catalogue = {
  benefit: { NASPI: 'NASpI', DISCOLL: 'DIS-COLL', ADI: 'Inclusion Allowance (ADI)', SFL: 'Training and Work Support (SFL)' },
  breach: {
    missed_appointment: 'did not attend the convocation or appointment of {date} at the Employment Centre',
    missed_orientation: 'did not take part in the orientation initiative planned for {date}',
    missed_training: 'did not take part in the training or requalification initiative planned for {date}',
    offer_refused: 'refused a suitable job offer on {date}',
    psp_not_signed: 'did not sign the service agreement by {date}',
  },
  sanction: {
    cut_quarter_month: 'a cut of one quarter of a monthly payment',
    cut_month: 'a cut of one monthly payment',
    loss: 'the loss of the benefit (for NASpI and DIS-COLL also of the unemployment status)',
    annulled: 'the annulment of the earlier measure',
  },
  what: 'Our records show that you {breach}.',
  consequence: 'Without a justified reason, the Employment Centre will have to apply {sanction} ({source}).',
  decided: 'The Employment Centre has decided: {sanction} ({source}).',
  justified: 'The Employment Centre has accepted your justification: no measure.',
  reversed: 'Your appeal was upheld: the measure of {date} is annulled ({reference}).',
  appeal: 'You may appeal against this measure to the ANPAL committee within 30 days of this notice (D.Lgs. 150/2015 art. 21 c.12).',
  letter: {
    title: 'Conditionality measure',
    office: 'Employment centre: {office}',
    to: 'To: {name} ({fiscalCode})',
    benefit: 'Benefit: {benefit} (INPS identifier {benefitId})',
    facts: 'The facts',
    factsText: 'Our records show that you {breach}. The last day to communicate and document a justified reason was {deadline}.',
    justification: 'Justification received on {at}: {reason}. {text}',
    noJustification: 'No justification was received within the time allowed.',
    reasons: 'Reasons for the decision: {text}',
    rule: 'The rule',
    ruleText: 'Rule {ruleCode}, version {version}, step {step} of the sanction ladder: {sanction}.',
    source: 'Source: {source}{unverified}',
    unverified: ' (reference to be verified)',
    decision: 'Decision of {decidedOn}: {decidedBy}; confirmed by {confirmedBy}.',
    appealTitle: 'How to appeal',
    inps: 'The measure is communicated to INPS, which applies the cut or the loss (D.Lgs. 150/2015 art. 21 c.10).',
    reversal: 'This measure annuls measure {measureId} (appeal upheld: {reference}, {date}).',
  },
  reason: {
    illness_injury: 'documented illness or injury',
    civil_military_service: 'civil or military service, or recall',
    pregnancy: 'pregnancy, within the statutory leave periods',
    court_summons: 'summons by a court',
    serious_family_reasons: 'serious documented family reasons',
    mobility_restriction: 'legal limits on personal mobility',
    force_majeure: 'documented objective impediment or force majeure',
  },
};

export const COND_CATALOGUE: Record<'it' | 'en', Catalogue> = { it, en };

/** A date 'YYYY-MM-DD' as the locale writes it: ISO in English (as before), day/month/year elsewhere. */
export const localDate = (date: string, locale: CondLocale): string => (locale === 'en' ? date : date.split('-').reverse().join('/'));
