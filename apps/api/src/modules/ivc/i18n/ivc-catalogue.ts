import type { Locale } from '../../../platform/i18n/locale';
import { ar, ro, uk } from './ivc-catalogue-ar-ro-uk';
/**
 * Server-side texts of the IVC outputs (sealed PDFs) and their Open Badges, by locale (Italian first). `{name}`
 * placeholders take params. The outputs are those of D.Lgs. 13/2013 and DM 5/1/2021.
 */
/** IVC outputs are PDFs in the person's language (every language a person can choose; Arabic right to left). */
export type IvcLocale = Locale;
export type IvcOutputKind = 'transparency' | 'validation' | 'certificate';

const it = {
  title: {
    transparency: 'Documento di trasparenza',
    validation: 'Documento di validazione',
    certificate: 'Certificato di competenze',
  } satisfies Record<IvcOutputKind, string>,
  intro: {
    transparency: 'Esito della fase di identificazione delle competenze (D.Lgs. 13/2013): le evidenze raccolte con la persona, in vista della validazione.',
    validation: 'Si attesta che le competenze sotto indicate sono state validate, ai sensi del D.Lgs. 13/2013, al termine della valutazione.',
    certificate: "Si certifica che la persona ha superato l'esame della commissione per le competenze sotto indicate, ai sensi del D.Lgs. 13/2013.",
  } satisfies Record<IvcOutputKind, string>,
  section: {
    holder: 'Persona',
    qualification: 'Qualificazione di riferimento',
    summary: 'Sintesi del percorso di identificazione',
    evidence: 'Evidenze del dossier',
    competences: 'Competenze da validare',
    validated: 'Competenze validate',
    certified: 'Competenze certificate',
    exam: 'Esame',
  },
  label: {
    name: 'Nome e cognome',
    fiscalCode: 'Codice fiscale',
    repertoire: 'Repertorio',
    code: 'Codice',
    title: 'Titolo',
    eqf: 'Livello EQF',
    ada: 'ADA (Atlante del lavoro)',
    guide: 'Operatore di accompagnamento',
    assessor: 'Esperto di valutazione',
    examDate: "Data dell'esame",
    commission: 'Verbale della commissione',
    sample: 'ESEMPIO: qualificazione dimostrativa, non del repertorio ufficiale',
  },
  region: { '01': 'Regione Piemonte', '03': 'Regione Lombardia' } as Record<string, string>,
  evidenceKind: { experience: 'Esperienza', document: 'Documento', note: 'Nota' } as Record<string, string>,
  none: 'Nessuna',
  issuedBy: 'Rilasciato da {issuer} il {date}.',
  sealReason: 'Documento IVC sigillato da {issuer}',
  page: 'Pagina {n} di {total}',
  badgeCriteria: {
    transparency: "Competenze identificate con un operatore di accompagnamento del servizio per l'impiego, con un dossier di evidenze (D.Lgs. 13/2013).",
    validation: 'Competenze validate da un esperto di valutazione, distinto dall’operatore di accompagnamento, sulle evidenze del dossier (D.Lgs. 13/2013).',
    certificate: 'Competenze certificate con esame davanti a una commissione (D.Lgs. 13/2013, art. 5).',
  } satisfies Record<IvcOutputKind, string>,
};

export type IvcTexts = typeof it;

const en: IvcTexts = {
  title: { transparency: 'Transparency document', validation: 'Validation document', certificate: 'Certificate of competences' },
  intro: {
    transparency: 'Outcome of the identification of competences (Italian Legislative Decree 13/2013): the evidence gathered with the person, for validation.',
    validation: 'The competences below have been validated under Legislative Decree 13/2013 at the end of the assessment.',
    certificate: "The person passed the commission's examination for the competences below, under Legislative Decree 13/2013.",
  },
  section: {
    holder: 'Person',
    qualification: 'Reference qualification',
    summary: 'Summary of the identification',
    evidence: 'Evidence in the dossier',
    competences: 'Competences to validate',
    validated: 'Validated competences',
    certified: 'Certified competences',
    exam: 'Examination',
  },
  label: {
    name: 'Name',
    fiscalCode: 'Fiscal code',
    repertoire: 'Repertoire',
    code: 'Code',
    title: 'Title',
    eqf: 'EQF level',
    ada: 'ADA (Atlante del lavoro, the Italian atlas of work)',
    guide: 'Guiding operator',
    assessor: 'Assessor',
    examDate: 'Examination date',
    commission: "Commission's minutes",
    sample: 'SAMPLE: a demonstration qualification, not from the official repertoire',
  },
  region: { '01': 'Piedmont Region', '03': 'Lombardy Region' },
  evidenceKind: { experience: 'Experience', document: 'Document', note: 'Note' },
  none: 'None',
  issuedBy: 'Issued by {issuer} on {date}.',
  sealReason: 'IVC document sealed by {issuer}',
  page: 'Page {n} of {total}',
  badgeCriteria: {
    transparency: 'Competences identified with a guiding operator of the employment service, with a dossier of evidence (Legislative Decree 13/2013).',
    validation: 'Competences validated by an assessor, other than the guiding operator, on the evidence of the dossier (Legislative Decree 13/2013).',
    certificate: 'Competences certified by an examination before a commission (Legislative Decree 13/2013, art. 5).',
  },
};

export const IVC_CATALOGUE: Record<IvcLocale, IvcTexts> = { it, en, ar, ro, uk };

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
