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
  /** whole namespaces given up front, e.g. in tests every language (see `allResources`); the rest is loaded on demand */
  resources?: Partial<Record<Language, LanguageResources>>;
  /**
   * the first part of the app's Italian namespace, bundled with the entry (what the first pages a person opens show);
   * the whole namespace is loaded right after and merged in (`complete`)
   */
  first?: object;
}

/**
 * An i18next instance with two promises: `ready`, the texts of the first pages (the bundled first parts in Italian,
 * the whole chosen language otherwise), and `complete`, every text of the current language. Render a first page once
 * `ready` resolves, any other page once `complete` resolves (lazyPage waits for it): no flash of keys.
 */
export type AppI18n = I18n & { ready: Promise<void>; readonly complete: Promise<void> };

/** `complete` of the app's instance (the last one created): lazy pages wait for it (see whenTextsComplete). */
let currentComplete: () => Promise<void> = () => Promise.resolve();
let currentIsComplete: () => boolean = () => true;
let currentCompleted: Promise<void> = Promise.resolve();

/** Resolves once every text of the current language is loaded (a page loaded lazily renders after it). */
export function whenTextsComplete(): Promise<void> {
  return currentComplete();
}

/** Resolves once every text is loaded, without asking for it (main.tsx, a lazy page or a language switch does). */
export function textsCompleted(): Promise<void> {
  return currentCompleted;
}

/** Whether every text of the current language is loaded now. */
export function textsAreComplete(): boolean {
  return currentIsComplete();
}

/**
 * The i18next instance of one SPA: Italian by default and bundled, the other languages the app offers
 * (APP_LANGUAGES) loaded with one chunk per language and namespace; the language chosen with the switch kept in
 * localStorage; `<html lang>` and `<html dir>` kept in step. `ready` resolves when the first language is loaded.
 */
export function createI18n(app: AppNamespace, options: CreateI18nOptions = {}): AppI18n {
  const offered = APP_LANGUAGES[app];
  const given: Record<string, LanguageResources> = { it: { ...bundledResources.it, ...(options.first ? { [app]: options.first } : {}) } };
  for (const [language, namespaces] of Object.entries(options.resources ?? {})) given[language] = { ...given[language], ...namespaces };
  // the Italian namespaces bundled in part only: their whole is loaded once Italian is used, and merged in
  const partial: Namespace[] = [];
  if (!options.resources?.it?.common) partial.push('common');
  if (options.first && !options.resources?.it?.[app]) partial.push(app);
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
  let wholeItalian: Promise<void> | undefined;
  let italianComplete = partial.length === 0;
  const loadWholeItalian = (): Promise<void> =>
    (wholeItalian ??= Promise.all(
      partial.map(async (ns) => {
        const load = loaders.it[ns];
        if (load) instance.addResourceBundle('it', ns, await load(), true, true);
      }),
    ).then(
      () => void (italianComplete = true),
      (error: unknown) => {
        wholeItalian = undefined; // a chunk that failed to load (offline) is tried again by the next page
        throw error;
      },
    ));
  let signalCompleted: () => void = () => undefined;
  const completed = new Promise<void>((resolve) => (signalCompleted = resolve));
  const complete = (): Promise<void> => ready.then(() => (instance.language === DEFAULT_LANGUAGE ? loadWholeItalian() : undefined)).then(() => signalCompleted());
  // switching to Italian waits for its whole texts, so that the page on screen never shows a key
  const changeLanguage = instance.changeLanguage.bind(instance);
  instance.changeLanguage = ((language?: string, callback?: Parameters<typeof changeLanguage>[1]) =>
    language === DEFAULT_LANGUAGE && !italianComplete
      ? loadWholeItalian()
          .catch(() => undefined)
          .then(() => changeLanguage(language, callback))
      : changeLanguage(language, callback)) as typeof instance.changeLanguage;
  currentComplete = complete;
  currentCompleted = completed;
  currentIsComplete = () => instance.isInitialized && (instance.language !== DEFAULT_LANGUAGE || italianComplete);
  syncDocument(instance.language);
  instance.on('languageChanged', (language) => {
    syncDocument(language);
    if (isLanguage(language) && offered.includes(language)) storeLanguage(language);
  });
  return Object.defineProperty(Object.assign(instance, { ready }), 'complete', { get: complete }) as AppI18n;
}
