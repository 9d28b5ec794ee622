import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, isLanguage, storeLanguage, storedLanguage } from './language';
import { resources, type AppNamespace } from './resources';

function syncDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * The i18next instance of one SPA: Italian by default, the language chosen with the switch kept in
 * localStorage, `<html lang>` kept in step. Resources are bundled, so it is ready synchronously.
 */
export function createI18n(app: AppNamespace): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  void instance.init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    ns: ['common', app],
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  syncDocument(instance.language);
  instance.on('languageChanged', (language) => {
    syncDocument(language);
    if (isLanguage(language)) storeLanguage(language);
  });
  return instance;
}
