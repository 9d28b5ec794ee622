import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/** A partita IVA with a correct check digit (Luhn variant) from 10 digits. */
function partitaIva(base10: string): string {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(base10.charAt(i));
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return base10 + String((10 - (sum % 10)) % 10);
}

const COMPANY = 'Forneria Conti S.r.l.';
const VAT = partitaIva(`09${String(Date.now()).slice(-8)}`);
const TITLE = 'Aiuto fornaio/a';

/**
 * Issue 14, journey 1: a company representative with no company yet registers one (main site in Moncalieri), an
 * operator of CPI Moncalieri approves it, the representative publishes a vacancy. axe on every page.
 */
describe('companies: registration, approval by the CPI of the main site, first vacancy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('registers a company, has it approved, publishes a vacancy', async () => {
    const rep = await newUserPage(browser, { mobile: true });
    await loginWithSpid(rep.page, CITIZEN_URL, 'Elena Conti');
    await rep.page.goto(`${CITIZEN_URL}/imprese`);
    await rep.page.getByRole('heading', { level: 1, name: 'Area imprese' }).waitFor();
    await expectAccessible(rep.page, 'company area before registration');
    await rep.page.getByRole('link', { name: 'Registra la tua impresa' }).click();
    await rep.page.getByRole('heading', { level: 1, name: 'Registra la tua impresa' }).waitFor();
    await rep.page.getByLabel('Ragione sociale').fill(COMPANY);
    await rep.page.getByLabel('Partita IVA', { exact: true }).fill(VAT);
    await rep.page.getByLabel('Codice ATECO').fill('10.71.10');
    await rep.page.getByLabel('Comune (codice ISTAT)').fill('001156');
    await rep.page.getByLabel('Indirizzo').fill('Via Roma 10');
    await rep.page.getByRole('checkbox', { name: /legale rappresentante/ }).check();
    await expectAccessible(rep.page, 'company registration form');
    await rep.page.getByRole('button', { name: 'Invia la registrazione' }).click();
    await rep.page.getByRole('heading', { level: 1, name: 'Profilo impresa' }).waitFor();
    await rep.page.getByText(/sta verificando la registrazione/).waitFor();
    await expectAccessible(rep.page, 'company profile pending');
    // before approval the vacancies stay closed: /imprese shows the profile with its status
    await rep.page.goto(`${CITIZEN_URL}/imprese`);
    await rep.page.getByRole('heading', { level: 1, name: 'Profilo impresa' }).waitFor();
    await screenshot(rep.page, 'company-pending');

    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Anna Ferrari');
    await op.page.getByRole('link', { name: 'Imprese', exact: true }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Imprese' }).waitFor();
    await expectAccessible(op.page, 'operator companies');
    await op.page.getByRole('table', { name: 'Registrazioni da verificare' }).getByRole('link', { name: COMPANY }).click();
    await op.page.getByRole('heading', { level: 1, name: COMPANY }).waitFor();
    await op.page.getByText('Elena Conti (CNTLNE79H61L219Y), amministratore').waitFor();
    await expectAccessible(op.page, 'operator company review');
    await op.page
      .getByRole('group', { name: 'Decisione' })
      .getByRole('radio', { name: /Approva/ })
      .check();
    await op.page.getByRole('button', { name: 'Registra la decisione' }).click();
    await op.page
      .getByRole('status')
      .filter({ hasText: `${COMPANY} è stata approvata.` })
      .waitFor();
    await expectAccessible(op.page, 'operator company approved');
    await screenshot(op.page, 'operator-company-approved');
    await op.context.close();

    await rep.page.reload();
    await rep.page.getByRole('heading', { level: 1, name: 'Profilo impresa' }).waitFor();
    await rep.page.getByText('Approvata').first().waitFor();
    await rep.page.getByRole('heading', { name: 'Invita un collaboratore' }).waitFor();
    await expectAccessible(rep.page, 'company profile approved');
    await rep.page.getByRole('link', { name: 'Vai alle offerte di lavoro' }).click();
    await rep.page.getByRole('heading', { level: 1, name: 'Area imprese: le tue offerte' }).waitFor();
    await expectAccessible(rep.page, 'company vacancies');
    await rep.page.getByRole('link', { name: 'Nuova offerta di lavoro' }).click();
    await rep.page.getByRole('heading', { level: 1, name: 'Nuova offerta di lavoro' }).waitFor();
    await rep.page.getByLabel("Titolo dell'annuncio").fill(TITLE);
    await rep.page.getByLabel('Professione (classificazione ESCO)').fill('commess');
    await rep.page.getByRole('option', { name: 'commesso/commessa di negozio' }).click();
    await rep.page.getByLabel("Descrizione dell'offerta").fill('Preparazione e vendita di pane e focacce, turni del mattino.');
    await rep.page.getByLabel('Comune della sede di lavoro').fill('Tori');
    await rep.page.getByRole('option', { name: 'Torino (TO)' }).click();
    await expectAccessible(rep.page, 'company vacancy form');
    await rep.page.getByRole('button', { name: 'Salva la bozza' }).click();
    await rep.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await rep.page.getByRole('button', { name: "Pubblica l'offerta" }).click();
    await rep.page.getByRole('status').filter({ hasText: 'Offerta pubblicata.' }).waitFor();
    await expectAccessible(rep.page, 'company vacancy published');
    await screenshot(rep.page, 'company-first-vacancy');
    await rep.context.close();
  });
});
