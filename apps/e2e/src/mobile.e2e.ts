import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CITIZEN_URL, expectAccessible, launchBrowser, loginWithSpid } from './browser';

/**
 * Every citizen page without a parameter, at 320 × 640 (the narrowest phone): no sideways scroll, axe clean.
 * Public pages first (landing, help, legal pages, open data, verification, an invitation and a recall link with a
 * token that does not exist: the page that explains it), then the pages of a logged-in citizen.
 */
const PUBLIC_PAGES = [
  '/',
  '/aiuto',
  '/privacy',
  '/note-legali',
  '/dichiarazione-accessibilita',
  '/dati-aperti',
  '/verifica',
  '/verifica-credenziale',
  '/accesso/errore',
  '/invito/token-dimostrativo',
  '/presenza/00000000-0000-4000-8000-000000000000/firma-dimostrativa',
] as const;

const CITIZEN_PAGES = [
  '/profilo',
  '/appuntamenti',
  '/appuntamenti/prenota',
  '/did',
  '/canale',
  '/patto',
  '/piano',
  '/area-riservata',
  '/profilo-professionale',
  '/offerte',
  '/candidature',
  '/corsi',
  '/recruiting-day',
  '/obblighi',
  '/chi-vede-i-miei-dati',
  '/chi-mi-assiste',
  '/certificati',
  '/i-miei-dati',
  '/valuta-il-servizio',
  '/validazione-competenze',
  '/messaggi/preferenze',
  '/contatti-aziende',
  '/imprese',
  '/imprese/azienda',
  '/imprese/registrazione',
  '/imprese/offerte/nuova',
] as const;

/** The literal paths without a parameter in the citizen router files: a new page must be added to the lists above. */
function literalRouterPaths(): string[] {
  const dir = path.resolve(__dirname, '../../citizen-web/src/app');
  const found = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/path: '([^'*:]+)'/g)) found.add(`/${match[1]}`);
  }
  return [...found].sort();
}

/** Waits for the page's heading, then measures the width: the page and the elements that stick out on the right. */
async function sidewaysOverflow(page: Page, pathname: string): Promise<string | null> {
  await page.goto(`${CITIZEN_URL}${pathname}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // the outermost elements that stick out on the right and are not inside a scrolling or clipping box
    // (an absolutely positioned element escapes the clipping of ancestors below its containing block: counted)
    const clipped = (el: Element) => {
      if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(el);
    const describe = (el: Element, right: number) => {
      const classes = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${classes} right ${Math.round(right)}`;
    };
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)))
      .map((el) => describe(el, el.getBoundingClientRect().right));
    // text that overflows its box (a long word): the box keeps its width, the text sticks out
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      const box = node.parentElement;
      if (box && right > root.clientWidth + 0.5 && getComputedStyle(box).overflowX === 'visible' && !clipped(box) && !sticksOut(box)) {
        culprits.push(`text in ${describe(box, right)}`);
      }
    }
    return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth} (${culprits.slice(0, 3).join(', ')})`;
  });
}

describe('mobile: every citizen page at 320 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lists every parameterless page of the citizen router', () => {
    const listed = new Set<string>([...PUBLIC_PAGES, ...CITIZEN_PAGES]);
    expect(literalRouterPaths().filter((p) => !listed.has(p))).toEqual([]);
  });

  it('has no sideways scroll and no serious axe violation on any page, public or logged in', async () => {
    const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // a page chunk that fails to load or run ends in the route's error page: React says so on the console
    let current = '';
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`${current}: ${m.text().slice(0, 200)}`);
    });
    const overflowing: string[] = [];
    const check = async (pathname: string) => {
      current = pathname;
      const overflow = await sidewaysOverflow(page, pathname);
      if (overflow) overflowing.push(`${pathname}: ${overflow}`);
      await expectAccessible(page, `320px ${pathname}`);
    };
    for (const pathname of PUBLIC_PAGES) await check(pathname);

    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    for (const pathname of CITIZEN_PAGES) await check(pathname);

    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
