import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CITIZEN_URL = 'http://localhost:4200';
export const OPERATOR_URL = 'http://localhost:4300';
const ARTIFACTS = path.resolve(__dirname, '../artifacts');

/** Debian's Chromium (installed by .ci/run), headless, with the network chatter this machine refuses turned off. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context (cookies, storage) per user; axe needs pages made from a context. */
export async function newUserPage(browser: Browser, opts: { mobile?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: opts.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('pageerror', (e) => failed.push(`pageerror: ${e.message}`));
  // a page rendered in advance that the app could not take over as it was (start.tsx onRecoverableError)
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('[hydration]')) failed.push(`hydration: ${m.text().slice(0, 300)}`);
  });
  (page as Page & { failures?: string[] }).failures = failed;
  return { context, page };
}

export interface AxeReport {
  url: string;
  violations: { id: string; impact: string | null | undefined; nodes: number; help: string }[];
}
export const axeReports: AxeReport[] = [];

/** Scans the page with axe (WCAG 2.0/2.1 A and AA) and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // let running CSS transitions end first: a button just clicked (still hovered) was scanned mid-fade and its colours,
  // half way between two states, failed color-contrast once in a CI run (finite animations only; at most 2 s)
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  axeReports.push({ url: `${label} ${page.url()}`, violations });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length > 0) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${label.replace(/\W+/g, '-')}.png`), fullPage: true });
  }
  expect({ page: label, blocking }).toEqual({ page: label, blocking: [] });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Through the SPID button of a SPA, the development IdP's page, and back. */
/**
 * Opens an SPA's landing page and waits until its app runs: the citizen SPA's landing page is prerendered HTML, inert
 * until the app has rendered over it (a choice made before would be lost).
 */
export async function openLanding(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/`);
  await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
}

/**
 * A page rendered in advance (the landing page, or a page opened from a link, rendered by the server with its data):
 * waits until the app has taken it over (it is inert until then) and checks that it took it over as it was.
 */
export async function expectTakenOver(page: Page): Promise<void> {
  await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
  expect(((page as Page & { failures?: string[] }).failures ?? []).filter((f) => f.startsWith('hydration:'))).toEqual([]);
}

export async function loginWithSpid(page: Page, appUrl: string, person: string, opts: { checkA11y?: boolean } = {}): Promise<void> {
  await openLanding(page, appUrl);
  await page.getByRole('button', { name: 'Entra con SPID' }).click();
  await page.getByRole('link', { name: /OpenCPI Test IdP/ }).click();
  await page.waitForURL(/\/api\/dev-idp\/spid\/sso/);
  if (opts.checkA11y) await expectAccessible(page, 'dev IdP identity page');
  await page.getByRole('button', { name: new RegExp(`Entra come ${person}`) }).click();
  await page.waitForURL((u) => u.toString().startsWith(appUrl) && !u.pathname.startsWith('/api'));
}

export const API_URL = 'http://localhost:3000/api';

/** Opens the development mailbox filtered by recipient and waits (reloading) for a message whose subject matches. */
export async function openMail(page: Page, to: string, subject: RegExp, timeoutMs = 30_000): Promise<import('playwright-core').Locator> {
  const started = Date.now();
  for (;;) {
    await page.goto(`${API_URL}/dev-mailbox?to=${encodeURIComponent(to)}`);
    const article = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: subject }) })
      .first();
    if ((await article.count()) > 0) return article;
    if (Date.now() - started > timeoutMs) throw new Error(`no e-mail to ${to} matching ${subject} within ${timeoutMs} ms`);
    await page.waitForTimeout(500);
  }
}

/** A logged-in user's fetch to the API from inside their page (same origin through the SPA's proxy), with the CSRF token. */
export async function apiFromPage<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/auth/session', { credentials: 'include' })).json();
      const res = await fetch(`/api${path}`, {
        method,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': session.csrfToken ?? '' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json() };
    },
    { method, path, body },
  );
}

/** Today's date in Rome plus `days`, as YYYY-MM-DD. */
export function romeDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * Goes to a page of the logged-in citizen area through the main navigation ("Menu principale"): opens "Menu" on a
 * phone, and "Altro" when the page is listed there.
 */
export async function goViaCitizenNav(page: Page, linkName: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Menu principale' });
  await nav.waitFor(); // rendered once the session is known
  const toggle = nav.getByRole('button', { name: 'Menu', exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const link = nav.getByRole('link', { name: linkName, exact: true });
  if (!(await link.first().isVisible())) await nav.getByRole('button', { name: 'Altro', exact: true }).click();
  await link.first().click();
}
