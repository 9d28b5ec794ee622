import { exportJWK, generateKeyPair } from 'jose';
import type { Browser } from 'playwright-core';
import { OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/**
 * Journey (issue 14): the region admin keeps the accreditation registry: opens an agency, suspends its accreditation with
 * a reason and reactivates it, and registers a client of its software from a pasted JWKS. axe on every state.
 */
describe('accreditation registry: the region suspends and reactivates an agency and registers its client', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('suspends with a reason, reactivates, and registers a client with its public keys', async () => {
    const admin = await newUserPage(browser);
    await loginWithSpid(admin.page, OPERATOR_URL, 'Sara Ricci');
    await admin.page.getByRole('link', { name: 'Accreditamento agenzie' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Registro regionale delle agenzie accreditate' }).waitFor();
    await admin.page.getByRole('table', { name: 'Agenzie della Regione' }).waitFor();
    await expectAccessible(admin.page, 'accreditation registry');

    await admin.page.getByRole('link', { name: 'LavoroPiù S.r.l.' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'LavoroPiù S.r.l.' }).waitFor();
    await expectAccessible(admin.page, 'accredited agency');

    await admin.page.getByLabel('Nuovo stato').selectOption({ label: 'Sospendi' });
    await admin.page.getByRole('button', { name: 'Conferma' }).click();
    await admin.page
      .getByText(/Scrivi il motivo/)
      .first()
      .waitFor();
    await expectAccessible(admin.page, 'accreditation status form with an error');
    await admin.page.getByLabel('Motivo').fill('Verifica del DURC in corso');
    await admin.page.getByRole('button', { name: 'Conferma' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Stato aggiornato' }).waitFor();
    await admin.page.getByText('Sospeso (Verifica del DURC in corso)').waitFor();
    await expectAccessible(admin.page, 'accreditation suspended');
    await admin.page.getByLabel('Nuovo stato').selectOption({ label: 'Riattiva' });
    await admin.page.getByLabel('Motivo').fill('DURC regolare');
    await admin.page.getByRole('button', { name: 'Conferma' }).click();
    await admin.page.getByText('Attivo (DURC regolare)').waitFor();

    const { publicKey } = await generateKeyPair('ES256');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'e2e-key-1' }] });
    await admin.page.getByLabel('Identificativo del client').fill('lavoropiu-e2e');
    await admin.page.getByLabel('Nome del gestionale').fill('Gestionale di prova');
    await admin.page.getByLabel('Chiavi pubbliche (JWKS)').fill(jwks);
    await admin.page.getByLabel('Leggere le persone assegnate (people:read)').check();
    await admin.page.getByRole('button', { name: 'Registra' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Gestionale registrato.' }).waitFor();
    await admin.page.getByText('Chiavi pubbliche: e2e-key-1').waitFor();
    await expectAccessible(admin.page, 'agency client registered');
    await screenshot(admin.page, 'accreditation-agency');
    await admin.context.close();
  });
});
