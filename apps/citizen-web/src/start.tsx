import { pagesStartedOnLoad } from '@opencpi/ui';
import { StrictMode, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isFirstPage } from './app/first-pages';
import { i18n } from './app/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
/** The prerendered landing page is inert (index.html) until the app has rendered over it: then it takes input. */
function Interactive({ container }: { container: HTMLElement }) {
  useLayoutEffect(() => container.removeAttribute('inert'), [container]);
  return null;
}

// a transition: React renders in slices and lets the browser handle input in between (one long task would block it)
const render = () =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
        <Interactive container={root} />
      </StrictMode>,
    ),
  );
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
