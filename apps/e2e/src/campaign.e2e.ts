import type { Browser } from 'playwright-core';
import { OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/**
 * Journey (issue 16, browser 3): a CPI manager creates an outreach campaign (people of CPI Torino with a DID older than
 * 20 days and no patto, from the demo seed), sees the segment's size before sending, confirms the bulk send, and later
 * sees the funnel per variant as a table. axe on every page.
 */
describe('campaigns: a manager creates a campaign, sees the segment size, sends it, and sees the funnel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('creates, confirms, sends and reads the funnel', async () => {
    const manager = await newUserPage(browser);
    const page = manager.page;
    await loginWithSpid(page, OPERATOR_URL, 'Paolo Colombo');
    await page.getByRole('link', { name: 'Campagne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Campagne di contatto' }).waitFor();
    await page.getByText(/Persone nel gruppo oggi: \d+/).waitFor();
    await expectAccessible(page, 'campaigns page');

    await page.getByLabel('Nome della campagna').fill('DID senza patto da più di 20 giorni');
    await page.getByLabel('DID presentata da almeno (giorni)').fill('20');
    const size = page.getByText(/Persone nel gruppo oggi: \d+/);
    await size.waitFor();
    // every hour of the day, so the sending job takes the campaign whenever the journey runs
    await page.getByLabel('Dalle ore', { exact: true }).fill('00:00');
    await page.getByLabel('Alle ore', { exact: true }).fill('23:59');
    await page.getByLabel('Prova due varianti del messaggio', { exact: false }).check();
    const fill = async (nth: number, it: [string, string], en: [string, string]) => {
      await page.getByLabel('Oggetto in italiano').nth(nth).fill(it[0]);
      await page.getByLabel('Testo in italiano').nth(nth).fill(it[1]);
      await page.getByLabel('Oggetto in inglese').nth(nth).fill(en[0]);
      await page.getByLabel('Testo in inglese').nth(nth).fill(en[1]);
    };
    await fill(0, ['Ti aspettiamo al CPI', 'Prenota il primo colloquio con il tuo Centro per l’Impiego.'], ['We are waiting for you', 'Book your first interview at the centre.']);
    await fill(1, ['Un posto per te', 'Scegli tu quando venire: bastano due clic.'], ['A place for you', 'Choose when to come: two clicks are enough.']);
    await expectAccessible(page, 'campaign form filled');
    await page.getByRole('button', { name: 'Prepara la campagna' }).click();

    await page.getByRole('heading', { level: 1, name: 'DID senza patto da più di 20 giorni' }).waitFor();
    await expectAccessible(page, 'campaign draft');
    await page.getByRole('button', { name: 'Invia la campagna' }).click();
    const question = page.getByText(/Vuoi inviare la campagna «DID senza patto da più di 20 giorni» a \d+ persone\?/);
    await question.waitFor();
    const count = Number(/a (\d+) persone/.exec((await question.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await expectAccessible(page, 'campaign send confirmation');
    await page.getByRole('button', { name: 'Sì, invia' }).click();
    // the launch recomputes the segment and freezes it: the page says how many people it fixed (never more than the preview)
    await page.getByText('In invio', { exact: true }).waitFor({ timeout: 60_000 });
    const fixed = /Persone fissate all’invio\s*(\d+)/.exec(await page.locator('main').innerText());
    const launched = Number(fixed?.[1]);
    expect(launched).toBeGreaterThan(0);
    expect(launched).toBeLessThanOrEqual(count);
    // the launch is said by the campaign itself: still there after a reload
    await page.reload();
    await page.getByText(new RegExp(`Campagna avviata il .*: ${launched} persone`)).waitFor();

    // later: the sending job (started at launch) has sent to everyone frozen in; the page shows the funnel
    const id = page.url().split('/').pop()!;
    for (let i = 0; i < 60; i++) {
      const funnel = await apiFromPage<{ total: { sent: number } }>(page, 'GET', `/operator/campaigns/${id}/funnel`);
      if (funnel.body.total.sent === launched) break;
      await page.waitForTimeout(500);
    }
    await page.reload();
    const table = page.getByRole('table', { name: 'Dall’invio alla presenza, per variante (numero di persone)' });
    await table.waitFor();
    const total = table.getByRole('row', { name: /Totale/ });
    expect(await total.getByRole('cell').first().textContent()).toBe(String(launched));
    expect(await total.getByRole('cell').nth(1).textContent()).toBe(String(launched));
    await page.getByRole('table', { name: 'Percentuale di ogni passo sulle persone a cui è stato inviato' }).waitFor();
    await expectAccessible(page, 'campaign funnel');
    await screenshot(page, 'campaign-funnel');
    await manager.context.close();
  });
});
