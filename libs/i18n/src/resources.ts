import type { Language } from './language';
import type { itCitizen } from './locales/it/citizen';
import { itCommon } from './locales/it/common';
import type { itOperator } from './locales/it/operator';

/** i18next namespaces: `common` for both SPAs and @opencpi/ui, one per app. */
export const NAMESPACES = ['common', 'citizen', 'operator'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type AppNamespace = Exclude<Namespace, 'common'>;

/** The resources of one language, by namespace (a namespace may be missing: i18next then falls back to Italian). */
export type LanguageResources = Partial<Record<Namespace, object>>;

/**
 * Italian `common` is bundled: the source and the fallback of every other language (and what @opencpi/ui shows).
 * Everything else, the app's own namespace in Italian included, is one chunk per language and namespace loaded on
 * demand (see `loaders`): the citizen SPA's first load carries neither the operator texts nor its own ~22 KB gz of
 * Italian texts; the SPAs render once `ready` (see createI18n) resolves, so no key flashes.
 */
export const bundledResources = { it: { common: itCommon } } as const;

type Loader = () => Promise<object>;

/**
 * One dynamic import (one chunk) per language and namespace, loaded when a person picks the language. The `operator`
 * namespace exists only in Italian and English (the back office is not offered in ar/ro/uk).
 */
export const loaders: Record<Language, Partial<Record<Namespace, Loader>>> = {
  it: {
    citizen: () => import('./locales/it/citizen').then((m) => m.itCitizen),
    operator: () => import('./locales/it/operator').then((m) => m.itOperator),
  },
  en: {
    common: () => import('./locales/en/common').then((m) => m.enCommon),
    citizen: () => import('./locales/en/citizen').then((m) => m.enCitizen),
    operator: () => import('./locales/en/operator').then((m) => m.enOperator),
  },
  // the citizen SPA only: the operator namespace is not translated into ar/ro/uk (the back office is it/en)
  ar: {
    common: () => import('./locales/ar/common').then((m) => m.arCommon),
    citizen: () => import('./locales/ar/citizen').then((m) => m.arCitizen),
  },
  ro: {
    common: () => import('./locales/ro/common').then((m) => m.roCommon),
    citizen: () => import('./locales/ro/citizen').then((m) => m.roCitizen),
  },
  uk: {
    common: () => import('./locales/uk/common').then((m) => m.ukCommon),
    citizen: () => import('./locales/uk/citizen').then((m) => m.ukCitizen),
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof itCommon; citizen: typeof itCitizen; operator: typeof itOperator };
  }
}
