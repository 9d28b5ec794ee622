/**
 * Languages of the UI: Italian first (default, the binding text), English complete, and three languages of people who
 * use the CPIs: Arabic (right to left), Romanian, Ukrainian. Each SPA offers its own subset (see APP_LANGUAGES).
 */
export const SUPPORTED_LANGUAGES = ['it', 'en', 'ar', 'ro', 'uk'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'it';
export const LANGUAGE_STORAGE_KEY = 'opencpi.language';

/** The SPAs, by their i18next namespace. */
export type AppName = 'citizen' | 'operator';

/**
 * The languages each SPA offers, in the order of the language switch: citizens get all five; the back office stays
 * Italian/English (CPI staff work in Italian, the `operator` namespace is not translated into ar/ro/uk).
 */
export const APP_LANGUAGES: Record<AppName, readonly Language[]> = {
  citizen: SUPPORTED_LANGUAGES,
  operator: ['it', 'en'],
};

/** Each language in its own name, as the language switch shows it whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  it: 'Italiano',
  en: 'English',
  ar: 'العربية',
  ro: 'Română',
  uk: 'Українська',
};

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);

/** Writing direction of a language: Arabic right to left. */
export const directionOf = (language: string): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** The language saved by the language switch when `offered` has it, or Italian. */
export function storedLanguage(offered: readonly Language[] = SUPPORTED_LANGUAGES): Language {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) && offered.includes(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // storage disabled (privacy mode): not worth failing for
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}

/**
 * BCP 47 locale used by Intl for a UI language. en-GB: day/month/year like in Italy. Arabic: Arabic month names with
 * Latin digits and the 24-hour clock (`ar-u-nu-latn-hc-h23`), because an Arabic speaker in Italy (mostly from the
 * Maghreb and Egypt) reads dates, times and phone numbers with Latin digits on every Italian letter, SMS and office
 * sign, and must match "09:30" on the screen with "09:30" on the convocation; Eastern Arabic digits would not match.
 */
export function localeOf(language: string): string {
  switch (language) {
    case 'en':
      return 'en-GB';
    case 'ar':
      return 'ar-u-nu-latn-hc-h23';
    case 'ro':
      return 'ro-RO';
    case 'uk':
      return 'uk-UA';
    default:
      return 'it-IT';
  }
}
