/**
 * The pages a person opens first, from a search, an e-mail, an SMS or a QR code (the landing page, an invitation, the
 * "are you coming?" link, the verification of a certificate): they render with the texts bundled in the entry, the
 * rest of the app's texts loading meanwhile. Issue 17 measures these with Lighthouse (npm run bench:web).
 */
export const FIRST_PAGES: readonly RegExp[] = [/^\/$/, /^\/invito\/[^/]+$/, /^\/presenza\/[^/]+\/[^/]+$/, /^\/verifica(\/[^/]+)?$/];

export function isFirstPage(pathname: string): boolean {
  return FIRST_PAGES.some((page) => page.test(pathname));
}
