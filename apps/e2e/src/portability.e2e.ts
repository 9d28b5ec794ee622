import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import pg from 'pg';
import { CITIZEN_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot, goViaCitizenNav } from './browser';

/**
 * Journey (issue 15, browser 3): Mario asks for his whole dossier, sees its preparation progress (a progress bar in a
 * polite live region), then downloads the signed bundle: a ZIP with dossier.json, the sealed summary, the manifest and
 * the detached signature. axe on every state of the page.
 */
/** What the database says of Mario's exports and their pg-boss jobs (for a failure's message). */
async function jobState(): Promise<string> {
  const c = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
  await c.connect();
  try {
    const exports = (await c.query(`SELECT status, steps_done, current_step, error_code FROM portability.exports`)).rows;
    const jobs = (await c.query(`SELECT name, state, retry_count, output FROM pgboss.job WHERE name LIKE 'portability%'`)).rows;
    return JSON.stringify({ exports, jobs });
  } finally {
    await c.end();
  }
}

describe('portability: a citizen exports their dossier with progress shown', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('asks for the export, sees the progress, downloads the signed bundle', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    await goViaCitizenNav(page, 'Scarica i tuoi dati');
    await page.getByRole('heading', { level: 1, name: 'Scarica i tuoi dati' }).waitFor();
    await page.getByRole('heading', { name: 'Ho bisogno di aiuto' }).waitFor();
    await expectAccessible(page, 'citizen portability page');

    await page.getByRole('radio', { name: 'Inglese' }).check();
    await page.getByRole('button', { name: 'Prepara i miei dati' }).click();
    const bar = page.getByRole('progressbar', { name: 'Avanzamento della preparazione' });
    await bar.waitFor({ state: 'attached', timeout: 15_000 });
    await expect(bar.getAttribute('aria-valuemax')).resolves.toBe('15');
    await page
      .getByRole('status')
      .filter({ hasText: /Preparazione in corso: passo \d+ di 15/ })
      .waitFor();
    await expectAccessible(page, 'citizen portability: export in progress');
    await screenshot(page, 'citizen-portability-progress');

    const link = page.getByRole('link', { name: 'Scarica i tuoi dati (ZIP)' });
    await link.waitFor({ timeout: 60_000 }).catch(async (e: Error) => {
      throw new Error(`${e.message}\nthe export and its job: ${await jobState()}`);
    });
    await page.getByRole('status').filter({ hasText: 'I tuoi dati sono pronti.' }).waitFor();
    await expectAccessible(page, 'citizen portability: export ready');
    await screenshot(page, 'citizen-portability-ready');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const zip = readFileSync((await download.path())!);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['dossier.json', 'summary.pdf', 'manifest.json', 'signature.jws']));
    const dossier = JSON.parse(strFromU8(entries['dossier.json']!)) as { person: { fiscalCode: string }; locale: string };
    expect(dossier.person.fiscalCode).toBe('RSSMRA85T10L219G');
    expect(dossier.locale).toBe('en');
    expect(strFromU8(entries['summary.pdf']!.subarray(0, 5))).toBe('%PDF-');
    await context.close();
  });
});
