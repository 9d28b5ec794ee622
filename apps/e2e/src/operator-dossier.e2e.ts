import type { Browser } from 'playwright-core';
import { OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/** Journey: an operator logs in, finds a citizen of their office, opens the dossier and sees their own read in the audit trail (tab "Attività"). */
describe('operator: find a citizen and open the dossier', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('searches, opens the dossier and sees the read in the audit trail', async () => {
    const { page, context } = await newUserPage(browser);
    await page.goto(`${OPERATOR_URL}/`);
    await page.getByRole('heading', { level: 1, name: 'Area operatori CPI' }).waitFor();
    await expectAccessible(page, 'operator login page');

    await loginWithSpid(page, OPERATOR_URL, 'Luca Verdi');
    expect(new URL(page.url()).pathname).toBe('/cittadini');
    await page.getByRole('heading', { level: 1, name: 'La tua giornata' }).waitFor(); // the operator home: the search on top
    await expectAccessible(page, 'operator search page');

    // an invalid fiscal code is refused by the API and the field error is shown
    await page.getByLabel('Codice fiscale o nome').fill('RSSMRA85T10L219X');
    await page.getByRole('button', { name: 'Cerca' }).click();
    const field = page.getByLabel('Codice fiscale o nome');
    await page
      .getByRole('alert')
      .filter({ hasText: /codice fiscale/i })
      .first()
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page
        .getByRole('alert')
        .filter({ hasText: /codice fiscale/i })
        .count(),
    ).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'operator search with a field error');

    await page.getByLabel('Codice fiscale o nome').fill('RSSMRA85T10L219G');
    await page.getByRole('button', { name: 'Cerca' }).click();
    const result = page.getByRole('link', { name: /Rossi Mario/ });
    await result.waitFor();
    await expectAccessible(page, 'operator search results');
    await result.click();

    await page.getByRole('heading', { level: 1, name: 'Fascicolo di Mario Rossi' }).waitFor();
    // the access log is in the dossier's "Attività" tab
    await page.getByRole('tab', { name: 'Attività' }).click();
    await page.getByRole('heading', { name: 'Registro degli accessi' }).waitFor();
    const trail = page.getByRole('table', { name: /Chi ha consultato o modificato i dati/ });
    await trail.getByRole('row').filter({ hasText: 'Luca Verdi' }).first().waitFor();
    expect(await trail.getByRole('row').filter({ hasText: 'Luca Verdi' }).count()).toBeGreaterThanOrEqual(2); // search result + dossier read
    await expectAccessible(page, 'citizen dossier');
    await screenshot(page, 'operator-dossier');
    await context.close();
  });

  it('keeps a citizen out of the operator area', async () => {
    const { page, context } = await newUserPage(browser);
    await loginWithSpid(page, OPERATOR_URL, 'Giulia Bianchi');
    expect(new URL(page.url()).pathname).toBe('/accesso/errore');
    expect(new URL(page.url()).searchParams.get('code')).toBe('forbidden');
    await page.getByRole('heading', { level: 1, name: 'Accesso non riuscito' }).waitFor();
    await expectAccessible(page, 'operator courtesy page (forbidden)');
    await context.close();
  });
});
