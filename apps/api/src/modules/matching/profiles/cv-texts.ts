/**
 * The CV's words, Italian and English (`{{x}}` are filled in). The PDF is rendered server side in the person's
 * language (their notification preference), so these live in the API, not in the SPAs' catalogues.
 */
export const CV_TEXTS = {
  it: {
    title: 'Curriculum vitae – {{name}}',
    pdfLanguage: 'it-IT',
    birthDate: 'Data di nascita: {{date}}',
    experience: 'Esperienza professionale',
    today: 'oggi',
    occupation: 'Professione (ESCO): {{label}}',
    education: 'Istruzione e formazione',
    eqf: '{{title}} (livello EQF {{level}})',
    languages: 'Competenze linguistiche',
    native: 'madrelingua',
    cefr: '{{language}}: {{level}} (QCER)',
    skills: 'Competenze',
    licences: 'Patenti',
    consent: 'Autorizzo il trattamento dei dati personali ai sensi del Regolamento (UE) 2016/679.',
  },
  en: {
    title: 'Curriculum vitae – {{name}}',
    pdfLanguage: 'en-GB',
    birthDate: 'Date of birth: {{date}}',
    experience: 'Work experience',
    today: 'present',
    occupation: 'Occupation (ESCO): {{label}}',
    education: 'Education and training',
    eqf: '{{title}} (EQF level {{level}})',
    languages: 'Language skills',
    native: 'native speaker',
    cefr: '{{language}}: {{level}} (CEFR)',
    skills: 'Skills',
    licences: 'Driving licences',
    consent: 'I authorise the processing of my personal data under Regulation (EU) 2016/679.',
  },
} as const satisfies Record<'it' | 'en', Record<string, string>>;

export type CvText = keyof (typeof CV_TEXTS)['it'];

/** The text of `key` in `locale` (Italian for anything but English), with its `{{variables}}` filled in. */
export function cvText(locale: string, key: CvText, vars: Record<string, string | number> = {}): string {
  return CV_TEXTS[locale === 'en' ? 'en' : 'it'][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}
