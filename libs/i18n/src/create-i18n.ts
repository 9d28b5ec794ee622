import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { rtlIsolates } from './bidi';
import { APP_LANGUAGES, DEFAULT_LANGUAGE, directionOf, isLanguage, storeLanguage, storedLanguage, type Language } from './language';
import { bundledResources, loaders, type AppNamespace, type LanguageResources, type Namespace } from './resources';

/** `<html lang dir>` in step with the UI language (Arabic: right to left, the layout mirrors). */
function syncDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** i18next backend reading `loaders`: a namespace a language does not have yet reads as empty (Italian fallback). */
const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = isLanguage(language) ? loaders[language][namespace as Namespace] : undefined;
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (data) => callback(null, data as Record<string, unknown>),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export interface CreateI18nOptions {
  /**
   * resources given up front, e.g. the app's own Italian namespace (bundled in its first chunk) or, in tests, every
   * language (see `allResources`); the rest is loaded on demand
   */
  resources?: Partial<Record<Language, LanguageResources>>;
}

/** An i18next instance with the promise of its first language's resources (render once it resolves: no flash of keys). */
export type AppI18n = I18n & { ready: Promise<void> };

/**
 * The i18next instance of one SPA: Italian by default and bundled, the other languages the app offers
 * (APP_LANGUAGES) loaded with one chunk per language and namespace; the language chosen with the switch kept in
 * localStorage; `<html lang>` and `<html dir>` kept in step. `ready` resolves when the first language is loaded.
 */
export function createI18n(app: AppNamespace, options: CreateI18nOptions = {}): AppI18n {
  const offered = APP_LANGUAGES[app];
  const given: Record<string, LanguageResources> = { it: bundledResources.it };
  for (const [language, namespaces] of Object.entries(options.resources ?? {})) given[language] = { ...given[language], ...namespaces };
  const instance = i18next.createInstance();
  instance.use(lazyBackend).use(rtlIsolates).use(initReactI18next);
  const ready = instance
    .init({
      resources: given,
      partialBundledLanguages: true,
      lng: storedLanguage(offered),
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...offered],
      ns: ['common', app],
      defaultNS: 'common',
      initAsync: false,
      returnNull: false,
      postProcess: ['rtlIsolates'], // Latin names in brackets inside Arabic text keep their order
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: false, bindI18nStore: 'added' },
    })
    .then(() => undefined);
  syncDocument(instance.language);
  instance.on('languageChanged', (language) => {
    syncDocument(language);
    if (isLanguage(language) && offered.includes(language)) storeLanguage(language);
  });
  return Object.assign(instance, { ready });
}
