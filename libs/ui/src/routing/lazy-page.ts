import { whenTextsComplete } from '@opencpi/i18n';
import { createElement, lazy, useState, type ComponentType } from 'react';

export interface LazyPageOptions {
  /**
   * a page people open from a link (an e-mail, an SMS, a QR code): when the address matches, its chunk starts loading
   * as the app starts, and main.tsx renders once it is there (pagesStartedOnLoad), so no spinner shifts the layout
   */
  startOn?: RegExp;
}

const startedOnLoad: Promise<unknown>[] = [];
/** the pages with `startOn`, for a server that renders one of them (loadPagesFor) */
const linkPages: { startOn: RegExp; start: () => Promise<ComponentType> }[] = [];

/** Resolves once the pages whose `startOn` matched the address at start are loaded (or failed: the page says so). */
export function pagesStartedOnLoad(): Promise<void> {
  return Promise.allSettled(startedOnLoad).then(() => undefined);
}

/**
 * Loads the pages whose `startOn` matches `pathname` (a server rendering a page people open from a link: the page renders
 * at once, as in the browser after pagesStartedOnLoad).
 */
export function loadPagesFor(pathname: string): Promise<void> {
  return Promise.all(linkPages.filter((page) => page.startOn.test(pathname)).map((page) => page.start())).then(() => undefined);
}

/**
 * A route component loaded on first visit (route-level code splitting): `lazyPage(() => import('./routes/profile'),
 * 'ProfileRoute')`. The module's named export is the page; it renders once every text of the language is loaded (the
 * entry bundles the first pages' texts only, see createI18n); AppLayout's Suspense boundary shows a spinner meanwhile.
 * Once loaded, the page renders at once (no suspense), e.g. on the first render of a page started on load.
 */
export function lazyPage<K extends string, M extends { [P in K]: ComponentType }>(load: () => Promise<M>, name: K, options: LazyPageOptions = {}): ComponentType {
  let loading: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const start = (): Promise<ComponentType> =>
    (loading ??= Promise.all([load(), whenTextsComplete()]).then(
      ([module]) => (loaded = module[name] as ComponentType),
      (error: unknown) => {
        loading = undefined; // tried again on the next visit
        throw error;
      },
    ));
  if (options.startOn) linkPages.push({ startOn: options.startOn, start });
  if (options.startOn && typeof window !== 'undefined' && options.startOn.test(window.location.pathname)) startedOnLoad.push(start());
  const Lazy = lazy(async () => ({ default: await start() }));
  return function LazyPage() {
    const [page] = useState<ComponentType>(() => loaded ?? Lazy); // chosen once: switching would remount the page
    return createElement(page);
  };
}
