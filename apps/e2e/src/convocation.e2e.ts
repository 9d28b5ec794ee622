import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/** Journey (agenda 4): an operator convokes a citizen; the citizen sees the convocation and acknowledges it; the operator sees the proof. */
describe('convocation: issued with proof, seen and acknowledged', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('convokes from the dossier, the citizen acknowledges, the operator sees deliveries and acknowledgement', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.getByLabel('Codice fiscale o nome').fill('RSSMRA85T10L219G');
    await op.page.getByRole('button', { name: 'Cerca' }).click();
    await op.page.getByRole('link', { name: /Rossi Mario/ }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Fascicolo di Mario Rossi' }).waitFor();
    await op.page.getByRole('link', { name: 'Convoca', exact: true }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Convoca un cittadino' }).waitFor();
    expect(await op.page.getByLabel('Codice fiscale').inputValue()).toBe('RSSMRA85T10L219G');
    // the patto's service (one live booking per service and person: other journeys book Mario's first reception)
    await op.page.getByLabel('Servizio').selectOption({ label: 'Patto di servizio personalizzato' });
    await op.page.getByLabel('Canale').selectOption({ label: 'In presenza' });
    const slots = op.page.getByRole('group', { name: 'Data e ora' });
    await slots.getByRole('radio').first().waitFor();
    await expectAccessible(op.page, 'operator convocation form');
    await slots.locator('label').first().click(); // Bootstrap Italia draws the radio on its label
    expect(await slots.getByRole('radio').first().isChecked()).toBe(true);
    await op.page.getByLabel('Base giuridica').fill('art. 20 D.Lgs. 150/2015: definizione del patto di servizio personalizzato');
    await op.page.getByRole('button', { name: 'Invia convocazione' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Convocazione di Mario Rossi' }).waitFor();
    const hash = (await op.page.locator('code').first().textContent())?.trim() ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const deliveries = op.page.getByRole('table', { name: 'Consegne della convocazione' });
    await deliveries.getByRole('row').filter({ hasText: 'E-mail' }).filter({ hasText: 'Inviato' }).first().waitFor({ timeout: 30_000 });
    // the receiving mail server's delivery receipt (here the development mailbox) is kept with the message
    await op.page.reload();
    await deliveries.getByRole('row').filter({ hasText: 'E-mail' }).filter({ hasText: 'Consegnato' }).first().waitFor();
    await expectAccessible(op.page, 'operator convocation detail');
    await screenshot(op.page, 'operator-convocation');

    const citizen = await newUserPage(browser, { mobile: true });
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    await citizen.page.goto(`${CITIZEN_URL}/appuntamenti`);
    await citizen.page.getByRole('heading', { level: 2, name: 'Convocazioni' }).waitFor();
    // this convocation (other journeys may have convoked Mario too): its legal basis, still to acknowledge
    const conv = citizen.page
      .getByRole('article')
      .filter({ hasText: 'definizione del patto di servizio personalizzato' })
      .filter({ has: citizen.page.getByRole('button', { name: 'Confermo di aver ricevuto la convocazione' }) })
      .first();
    await expect(conv.textContent()).resolves.toContain('150/2015');
    await expectAccessible(citizen.page, 'citizen convocation');
    await conv.getByRole('button', { name: 'Confermo di aver ricevuto la convocazione' }).click();
    // (the button is gone once acknowledged: find the article again by its legal basis and the acknowledgement)
    await citizen.page
      .getByRole('article')
      .filter({ hasText: 'definizione del patto di servizio personalizzato' })
      .filter({ hasText: /Ricevuta confermata il/ })
      .first()
      .waitFor();
    await expectAccessible(citizen.page, 'citizen convocation acknowledged');
    await citizen.context.close();

    await op.page.reload();
    await op.page.getByRole('heading', { level: 1, name: 'Convocazione di Mario Rossi' }).waitFor();
    expect(await op.page.getByText('Non ancora').count()).toBe(0);
    expect((await op.page.locator('code').first().textContent())?.trim()).toBe(hash);
    await op.context.close();
  });
});
