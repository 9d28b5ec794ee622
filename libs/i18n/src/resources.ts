import type { Language } from './language';
import type { itCitizen } from './locales/it/citizen';
import type { itCommon } from './locales/it/common';
import { itCommonFirst } from './locales/it/common-first';
import type { itOperator } from './locales/it/operator';

/** i18next namespaces: `common` for both SPAs and @opencpi/ui, one per app. */
export const NAMESPACES = ['common', 'citizen', 'operator'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type AppNamespace = Exclude<Namespace, 'common'>;

/** The resources of one language, by namespace (a namespace may be missing: i18next then falls back to Italian). */
export type LanguageResources = Partial<Record<Namespace, object>>;

/**
 * Bundled: the first part of Italian `common` (header, footer, login, legal pages: what the first page a person opens
 * shows). Italian is the source and the fallback of every other language; the whole Italian namespaces are chunks
 * (`loaders.it`), the other languages one chunk per language and namespace loaded on demand (`loaders`): the
 * citizen SPA's first load carries neither the operator texts nor most of its own Italian texts. The SPAs render once
 * `ready` (a first page) or `complete` (any other page) resolves, and lazy pages wait for `complete`: no key flashes.
 */
export const bundledResources = { it: { common: itCommonFirst } } as const;

type Loader = () => Promise<object>;

/**
 * One dynamic import (one chunk) per language and namespace, loaded when a person picks the language. The `operator`
 * namespace exists only in Italian and English (the back office is not offered in ar/ro/uk).
 */
export const loaders: Record<Language, Partial<Record<Namespace, Loader>>> = {
  // Italian: the whole namespaces (the first part of `common`, and of the app's namespace when the app gives one, is
  // bundled; createI18n loads the whole right after, see `complete`)
  it: {
    common: () => import('./locales/it/common').then((m) => m.itCommon),
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
