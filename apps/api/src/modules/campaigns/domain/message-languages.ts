import type { Locale } from '../../../platform/i18n/locale';

/** The languages the office may add to a campaign message (Italian and English are always written). */
export const OPTIONAL_LANGUAGES = ['ar', 'ro', 'uk'] as const;
export type OptionalLanguage = (typeof OPTIONAL_LANGUAGES)[number];
const SUFFIX = { ar: 'Ar', ro: 'Ro', uk: 'Uk' } as const satisfies Record<OptionalLanguage, string>;

/** A message's words as the office wrote them: Italian and English, and any of ar, ro, uk (subject and body together). */
export interface AuthoredMessage {
  subjectIt: string;
  subjectEn: string;
  bodyIt: string;
  bodyEn: string;
  subjectAr?: string | null;
  bodyAr?: string | null;
  subjectRo?: string | null;
  bodyRo?: string | null;
  subjectUk?: string | null;
  bodyUk?: string | null;
}
type Part = 'subject' | 'body';
type OptionalKey = `${Part}${(typeof SUFFIX)[OptionalLanguage]}`;

const textOf = (m: AuthoredMessage, part: Part, l: OptionalLanguage): string | undefined => {
  const text = m[`${part}${SUFFIX[l]}` as OptionalKey]?.trim();
  return text ? text : undefined;
};

/** The optional languages the message is written in: both its subject and its body are there. */
export function writtenLanguages(m: AuthoredMessage): OptionalLanguage[] {
  return OPTIONAL_LANGUAGES.filter((l) => textOf(m, 'subject', l) !== undefined && textOf(m, 'body', l) !== undefined);
}

/** Every language of the message, Italian and English first. */
export function messageLanguages(m: AuthoredMessage): Locale[] {
  return ['it', 'en', ...writtenLanguages(m)];
}

/** The optional languages' keys of the message (absent when not written), to keep beside Italian and English. */
export function optionalTexts(m: AuthoredMessage): Partial<Record<OptionalKey, string>> {
  const out: Partial<Record<OptionalKey, string>> = {};
  for (const l of writtenLanguages(m)) {
    out[`subject${SUFFIX[l]}`] = textOf(m, 'subject', l)!;
    out[`body${SUFFIX[l]}`] = textOf(m, 'body', l)!;
  }
  return out;
}

/**
 * The subject or the body for each reader's language: Italian and English as written; Arabic, Romanian and Ukrainian
 * when the office wrote that language, else English (the fallback for a reader of another language).
 */
export function authoredText(m: AuthoredMessage, part: Part): Record<Locale, string> {
  const written = new Set(writtenLanguages(m));
  const en = part === 'subject' ? m.subjectEn : m.bodyEn;
  const pick = (l: OptionalLanguage) => (written.has(l) ? textOf(m, part, l)! : en);
  return { it: part === 'subject' ? m.subjectIt : m.bodyIt, en, ar: pick('ar'), ro: pick('ro'), uk: pick('uk') };
}
