import { pagesStartedOnLoad } from '@opencpi/ui';
import { StrictMode, Suspense, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { isFirstPage } from './app/first-pages';
import { i18n } from './app/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
/** The prerendered page is inert (index.html, or the pages server) until the app has taken it over: then it takes input. */
function Interactive({ container, children }: { container: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => container.removeAttribute('inert'), [container]);
  return children;
}

// the Suspense boundary (also around the server's render: prerender.tsx) makes hydration yield to the browser: a
// boundary is hydrated in slices, the root alone in one long task (TBT)
const app = (
  <StrictMode>
    <Suspense fallback={null}>
      <Interactive container={root}>
        <App />
      </Interactive>
    </Suspense>
  </StrictMode>
);
// a transition: React renders in slices and lets the browser handle input in between (one long task would block it).
// A page rendered in advance (the landing page at build time, a page opened from a link by the pages server: both in
// Italian) is hydrated: React takes over its elements instead of painting them again (no layout shift, no second
// paint). In another language the app renders over it.
const render = () =>
  startTransition(() => {
    if (root.firstElementChild && i18n.language === 'it') {
      hydrateRoot(root, app, {
        // a page that differs from the HTML is rendered again by React; said where it shows (the browser tests fail on it)
        onRecoverableError: (error) => console.error('[hydration]', error),
      });
    } else {
      createRoot(root).render(app);
    }
  });
// first render once the texts the page shows are loaded: a first page's are bundled (Italian) or one chunk per namespace
// (another language); any other page waits for every text of the language (its header shows the whole menu)
if (isFirstPage(window.location.pathname)) {
  // an invitation, recall or verification page is a chunk started with the app (lazyPage startOn): rendered with it
  void Promise.all([i18n.ready, pagesStartedOnLoad()]).then(render, render);
  // the rest of the texts once the page is shown and the browser idle (Safari has no requestIdleCallback)
  const later = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000));
  void i18n.ready.then(() => later(() => void i18n.complete.catch(() => undefined)));
} else {
  void i18n.complete.then(render, render);
}
