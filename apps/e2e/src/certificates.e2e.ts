import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import pg from 'pg';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, expectTakenOver, launchBrowser, loginWithSpid, newUserPage, screenshot, goViaCitizenNav } from './browser';

interface Certificate {
  id: string;
  kind: string;
  code: string;
  verifyUrl: string;
  status: string;
}

/**
 * Journey (issue 15, browser 1): Mario requests a status attestation in self-service, downloads the sealed PDF, and
 * someone else opens the verification page of its QR code in a fresh browser (no session) and sees "Autentico"; the
 * same page accepts the downloaded file as unchanged. The QR code is not decoded from the image: its URL is the
 * certificate's `verifyUrl` from the API (the one the QR encodes and the PDF prints), checked against the page's link.
 */
describe('certificates: a sealed attestation anyone can verify', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a citizen downloads a status attestation; a fresh browser opens its verification URL and sees it authentic', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    await goViaCitizenNav(page, 'I miei certificati');
    await page.getByRole('heading', { level: 1, name: 'I miei certificati' }).waitFor();
    await page.getByRole('heading', { name: 'Ti serve aiuto?' }).waitFor();
    await expectAccessible(page, 'citizen certificates page');

    // a future date is refused on the field, without calling the API
    await page.getByLabel('Alla data del').fill('2999-01-01');
    await page.getByRole('button', { name: 'Richiedi il certificato' }).click();
    await page.getByText('Scegli una data non futura.').waitFor();
    await expectAccessible(page, 'citizen certificate form with a field error');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    await page.getByLabel('Alla data del').fill(today);
    await page.getByRole('button', { name: 'Richiedi il certificato' }).click();
    await page.getByRole('status').filter({ hasText: 'Certificato pronto' }).waitFor({ timeout: 30_000 });

    const mine = await apiFromPage<{ items: Certificate[] }>(page, 'GET', '/citizen/certificazioni/certificates');
    const cert = mine.body.items.find((c) => c.kind === 'status_attestation' && c.status === 'valid')!;
    expect(cert.verifyUrl).toBe(`${CITIZEN_URL}/verifica/${cert.code}`);
    const item = page.getByRole('listitem').filter({ hasText: cert.code });
    await item.waitFor();
    await expect(item.getByRole('link', { name: 'Pagina di verifica' }).getAttribute('href')).resolves.toBe(`/verifica/${cert.code}`);
    await expectAccessible(page, 'citizen certificate issued');
    await screenshot(page, 'citizen-certificate-issued');

    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /Scarica il PDF/ }).click()]);
    const file = await download.path();
    const pdf = readFileSync(file!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes('/ETSI.CAdES.detached')).toBe(true);
    await context.close();

    // someone else, in a fresh browser without a session, opens the QR code's URL
    const other = await newUserPage(browser);
    // the page comes rendered by the server with the API's answer (painted before the app runs), then the app takes it over
    const served = await (await other.page.request.get(cert.verifyUrl)).text();
    expect(served).toContain('<div id="root" inert>');
    expect(served).toContain('Autentico');
    await other.page.goto(cert.verifyUrl);
    await expectTakenOver(other.page);
    await other.page.getByRole('heading', { level: 1, name: 'Verifica un certificato' }).waitFor();
    await other.page.getByText('Autentico', { exact: true }).waitFor();
    await other.page.getByText('Mario Rossi').waitFor();
    await expectAccessible(other.page, 'public certificate verification: authentic');
    await screenshot(other.page, 'public-certificate-authentic');
    // and checks the file it was given: unchanged
    await other.page.getByLabel('PDF del certificato').setInputFiles({ name: 'certificato.pdf', mimeType: 'application/pdf', buffer: pdf });
    await other.page.getByRole('button', { name: 'Verifica il file' }).click();
    await other.page.getByText('Il file è identico al certificato rilasciato.').waitFor();
    await expectAccessible(other.page, 'public certificate verification: file checked');

    // a code no certificate has
    await other.page.goto(`${CITIZEN_URL}/verifica/AAAA-BBBB-CCCC-DDDD`);
    await expectTakenOver(other.page);
    await other.page.getByText('Non trovato', { exact: true }).waitFor();
    await expectAccessible(other.page, 'public certificate verification: not found');

    // Mario's CPI revokes it at the desk, with a reason: the same verification URL now says so
    const c = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
    await c.connect();
    const citizenId = (await c.query<{ id: string }>(`SELECT id FROM registry.citizens WHERE fiscal_code = 'RSSMRA85T10L219G'`)).rows[0]!.id;
    await c.end();
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.goto(`${OPERATOR_URL}/cittadini/${citizenId}`);
    await op.page.getByRole('heading', { level: 2, name: 'Certificati' }).waitFor();
    await op.page.getByRole('button', { name: `Revoca il certificato ${cert.code}` }).click();
    await op.page.getByLabel('Motivo della revoca').fill('Rilasciato per errore');
    await op.page.getByRole('button', { name: 'Conferma la revoca' }).click();
    await op.page
      .getByRole('status')
      .filter({ hasText: `Certificato ${cert.code} revocato.` })
      .waitFor();
    await expectAccessible(op.page, 'operator certificate revoked');
    await op.context.close();
    await other.page.goto(cert.verifyUrl);
    await other.page.getByText('Revocato', { exact: true }).waitFor();
    await expectAccessible(other.page, 'public certificate verification: revoked');
    await other.context.close();
  });
});
