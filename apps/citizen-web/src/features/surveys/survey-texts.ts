import type { SupportedLocale, SurveyQuestionResponse, TextInEveryLanguage } from '@opencpi/contracts';
import { isSupportedLocale } from '@opencpi/contracts/browser';

/** The reader's language among the API's (region ignored), Italian otherwise. */
export const languageOf = (language: string): SupportedLocale => {
  const base = language.split('-')[0];
  return isSupportedLocale(base) ? base : 'it';
};

/** The name of a survey's service in the reader's language (from an older API without `serviceNames`: Italian or English). */
export function serviceNameIn(s: { serviceNameIt: string; serviceNameEn: string; serviceNames?: TextInEveryLanguage }, language: string): string {
  const l = languageOf(language);
  return s.serviceNames?.[l] ?? (l === 'it' ? s.serviceNameIt : s.serviceNameEn);
}

/** A survey question in the reader's language (from an older API without `texts`: Italian or English). */
export function questionTextIn(q: SurveyQuestionResponse, language: string): string {
  const l = languageOf(language);
  return q.texts?.[l] ?? (l === 'it' ? q.textIt : q.textEn);
}
