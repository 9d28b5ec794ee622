import { ApiProblem } from '@opencpi/api-client';
import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

/** The element holding the API's answers a server rendered the page with (prerender.tsx renderLinkPage). */
export const PAGE_DATA_ID = 'page-data';

/**
 * Puts the answers the server rendered this page with into the query cache, so the app's first render shows the same
 * page (no spinner over the painted HTML). A problem the API answered comes back as an ApiProblem (the pages tell
 * "link no longer valid" from a failure by its code). Queries are fresh-by-default pages: they are asked again in the
 * background as they mount. Returns whether there was any.
 */
export function hydratePageData(queryClient: QueryClient, doc: Document = document): boolean {
  const element = doc.getElementById(PAGE_DATA_ID);
  if (!element?.textContent) return false;
  const state = JSON.parse(element.textContent) as DehydratedState;
  for (const query of state.queries) {
    const error = query.state.error as ConstructorParameters<typeof ApiProblem>[0] | null;
    if (error && typeof error === 'object') query.state.error = new ApiProblem(error);
  }
  hydrate(queryClient, state);
  element.remove();
  return true;
}
