import type { Locale } from '../../../platform/i18n/locale';

/**
 * The CV's words in every language a person can choose (`{{x}}` are filled in). The PDF is rendered server side in
 * the person's language (their notification preference), so these live in the API, not in the SPAs' catalogues.
 * Section names follow the citizen SPA's profile page and libs/i18n/glossary (competenza: competență, навички, مهارة).
 */
export interface CvTexts {
  title: string;
  birthDate: string;
  experience: string;
  today: string;
  occupation: string;
  education: string;
  eqf: string;
  languages: string;
  native: string;
  cefr: string;
  skills: string;
  licences: string;
  consent: string;
}

export const CV_TEXTS: Record<Locale, CvTexts> = {
  it: {
    title: 'Curriculum vitae – {{name}}',
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
    title: 'CV of {{name}}',
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
  ro: {
    title: 'CV – {{name}}',
    birthDate: 'Data nașterii: {{date}}',
    experience: 'Experiență de muncă',
    today: 'prezent',
    occupation: 'Ocupația (ESCO): {{label}}',
    education: 'Educație și formare',
    eqf: '{{title}} (nivel EQF {{level}})',
    languages: 'Competențe lingvistice',
    native: 'limbă maternă',
    cefr: '{{language}}: {{level}} (CECRL)',
    skills: 'Competențe',
    licences: 'Permise de conducere',
    consent: 'Autorizez prelucrarea datelor mele personale conform Regulamentului (UE) 2016/679.',
  },
  uk: {
    title: 'Резюме – {{name}}',
    birthDate: 'Дата народження: {{date}}',
    experience: 'Досвід роботи',
    today: 'дотепер',
    occupation: 'Професія (ESCO): {{label}}',
    education: 'Освіта і навчання',
    eqf: '{{title}} (рівень EQF {{level}})',
    languages: 'Знання мов',
    native: 'рідна мова',
    cefr: '{{language}}: {{level}} (шкала CEFR)',
    skills: 'Навички',
    licences: 'Посвідчення водія',
    consent: 'Я даю згоду на обробку моїх персональних даних відповідно до Регламенту (ЄС) 2016/679.',
  },
  ar: {
    title: 'السيرة الذاتية – {{name}}',
    birthDate: 'تاريخ الميلاد: {{date}}',
    experience: 'الخبرات المهنية',
    today: 'حتى الآن',
    occupation: 'المهنة حسب تصنيف ESCO: {{label}}',
    education: 'التعليم والتدريب',
    eqf: '{{title}}، المستوى {{level}} في إطار EQF',
    languages: 'المهارات اللغوية',
    native: 'اللغة الأم',
    cefr: '{{language}}: {{level}} (الإطار الأوروبي المرجعي للغات)',
    skills: 'المهارات',
    licences: 'رخص القيادة',
    consent: 'أوافق على معالجة بياناتي الشخصية وفقًا للائحة الاتحاد الأوروبي 2016/679.',
  },
};

export type CvText = keyof CvTexts;

/** The text of `key` in `locale`, with its `{{variables}}` filled in. */
export function cvText(locale: Locale, key: CvText, vars: Record<string, string | number> = {}): string {
  return CV_TEXTS[locale][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
}
