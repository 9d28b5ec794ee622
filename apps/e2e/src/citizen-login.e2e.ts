import type { Browser } from 'playwright-core';
import { API_URL, apiFromPage, CITIZEN_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, openLanding, OPERATOR_URL, screenshot } from './browser';

/** Journey: a citizen logs in with SPID at the development IdP and sees their profile; switches language; asks for help. */
describe('citizen: SPID login and profile', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('logs in with SPID, sees the data received and their CPI, in Italian and English', async () => {
    const { page, context } = await newUserPage(browser, { mobile: true });
    await openLanding(page, CITIZEN_URL);
    await page.getByRole('heading', { level: 1, name: "Accedi ai servizi del Centro per l'Impiego" }).waitFor(); // visible, or the test fails
    await expectAccessible(page, 'citizen login page');
    await page.getByRole('link', { name: 'Ho bisogno di aiuto' }).first().waitFor(); // visible, or the test fails

    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi', { checkA11y: true });
    expect(new URL(page.url()).pathname).toBe('/profilo');
    await page.getByRole('heading', { level: 1, name: 'La mia situazione' }).waitFor();
    const main = page.locator('main');
    await main.getByText('RSSMRA85T10L219G').waitFor(); // visible, or the test fails
    await main.getByText('mario.rossi@example.it').waitFor(); // visible, or the test fails
    await main.getByRole('heading', { name: "Il tuo Centro per l'Impiego" }).waitFor(); // visible, or the test fails
    await main.getByText("Centro per l'Impiego di Torino").first().waitFor(); // visible, or the test fails
    await expectAccessible(page, 'citizen profile (mobile)');
    await screenshot(page, 'citizen-profile-mobile');

    await page.getByLabel('Lingua').selectOption({ label: 'English' });
    await page.getByRole('heading', { level: 1, name: 'My situation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectAccessible(page, 'citizen profile (English)');

    await page.getByRole('link', { name: 'I need help' }).first().click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/aiuto');
    await expectAccessible(page, 'help page (English)');
    await page.getByLabel('Language').selectOption({ label: 'Italiano' });
    await page.getByRole('heading', { level: 1, name: 'Ho bisogno di aiuto' }).waitFor();

    await page.goto(`${CITIZEN_URL}/profilo`);
    await page.getByRole('button', { name: 'Esci' }).first().click();
    await page.waitForURL(`${CITIZEN_URL}/`);
    await page.goto(`${CITIZEN_URL}/profilo`);
    await page.waitForURL((u) => u.pathname === '/');
    expect((page as unknown as { failures: string[] }).failures.filter((f) => !f.includes('net::ERR_ABORTED'))).toEqual([]);
    await context.close();
  });

  it('reaches the privacy notice, legal notes and accessibility statement from the footer, without logging in', async () => {
    const { page, context } = await newUserPage(browser, { mobile: true });
    await openLanding(page, CITIZEN_URL);
    const pages = [
      ['Informativa privacy', 'Informativa sul trattamento dei dati personali', '/privacy'],
      ['Note legali', 'Note legali', '/note-legali'],
      ['Dichiarazione di accessibilità', 'Dichiarazione di accessibilità', '/dichiarazione-accessibilita'],
    ] as const;
    for (const [link, heading, path] of pages) {
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
      await expectAccessible(page, `citizen ${path}`);
    }
    await page.getByRole('heading', { level: 2, name: 'Procedura di attuazione' }).waitFor();
    await context.close();
  });

  it('shows a courtesy page when the person cancels at the IdP (SPID nr25)', async () => {
    const { page, context } = await newUserPage(browser);
    await openLanding(page, CITIZEN_URL);
    await page.getByRole('button', { name: 'Entra con SPID' }).click();
    await page.getByRole('link', { name: /OpenCPI Test IdP/ }).click();
    await page.waitForURL(/\/api\/dev-idp\/spid\/sso/);
    await page.getByRole('button', { name: 'Annulla e torna al servizio' }).click();
    await page.waitForURL((u) => u.pathname === '/accesso/errore');
    expect(new URL(page.url()).searchParams.get('code')).toBe('nr25');
    await page.getByRole('heading', { level: 1, name: 'Accesso non riuscito' }).waitFor();
    await expectAccessible(page, 'login courtesy page nr25');
    await context.close();
  });

  it('logs a person in with eIDAS once the CPI has linked the identity, then logs out through the IdP', async () => {
    const { page, context } = await newUserPage(browser);
    const loginWithEidas = async () => {
      await openLanding(page, CITIZEN_URL);
      await page.getByRole('link', { name: 'Entra con eIDAS' }).click();
      await page.waitForURL(/\/api\/dev-idp\/eidas\/sso/);
      await page.getByRole('button', { name: /Entra come Fatima Khalil/ }).click();
      await page.waitForURL((u) => u.toString().startsWith(CITIZEN_URL) && !u.pathname.startsWith('/api'));
    };
    await loginWithEidas();
    // no codice fiscale in the eIDAS data and no link yet: the courtesy page shows the identifier to take to the CPI
    expect(new URL(page.url()).pathname).toBe('/accesso/errore');
    await page.getByText('FR/IT/7c0e55d2a1b94f36').waitFor();
    await expectAccessible(page, 'eIDAS courtesy page (identity not linked)');

    const operator = await newUserPage(browser);
    await loginWithSpid(operator.page, OPERATOR_URL, 'Luca Verdi');
    const linked = await apiFromPage(operator.page, 'POST', '/operator/identity/eidas-links', { personIdentifier: 'FR/IT/7c0e55d2a1b94f36', fiscalCode: 'KHLFTM95M52Z330E' });
    expect(linked.status).toBe(200);
    await operator.context.close();

    await loginWithEidas();
    expect(new URL(page.url()).pathname).toBe('/profilo');
    await page.locator('main').getByText('KHLFTM95M52Z330E').waitFor();
    await page.getByRole('button', { name: 'Esci' }).first().click();
    await page.waitForURL(`${CITIZEN_URL}/`); // through the IdP's Single Logout and back
    await page.goto(`${CITIZEN_URL}/profilo`);
    await page.waitForURL((u) => u.pathname === '/');
    await context.close();
  });

  it('ends the session when the IdP starts the logout (IdP-initiated Single Logout)', async () => {
    const { page, context } = await newUserPage(browser);
    await loginWithSpid(page, CITIZEN_URL, 'Giulia Bianchi');
    expect(new URL(page.url()).pathname).toBe('/profilo');
    await page.goto(`${API_URL}/dev-idp/spid/sessions`);
    await page
      .getByRole('link', { name: /Disconnetti Giulia Bianchi/ })
      .last()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Disconnessione completata' }).waitFor();
    await expectAccessible(page, 'dev IdP logout page');
    await page.goto(`${CITIZEN_URL}/profilo`);
    await page.waitForURL((u) => u.pathname === '/');
    await context.close();
  });
});
