import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot, goViaCitizenNav } from './browser';

const PATRONATO = 'Patronato Lavoro Sicuro – Moncalieri';

/**
 * Journey (issue 14, browser 3): a person delegates a patronato online ("Chi mi assiste"), the patronato's operator books
 * an appointment for her from the operator app, and she sees it in her appointments as booked by the patronato.
 * Elena Conti (not Giulia, whose seeded delegation and worklist entry other journeys rely on) grants the delegation here.
 */
describe('intermediary: a patronato books an appointment for a person who delegated it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('delegates, books on her behalf, and shows it to her as booked by the patronato', async () => {
    // the person delegates the patronato for appointments
    const person = await newUserPage(browser, { mobile: true });
    await loginWithSpid(person.page, CITIZEN_URL, 'Elena Conti');
    await goViaCitizenNav(person.page, 'Chi mi assiste');
    await person.page.getByRole('heading', { level: 1, name: 'Chi mi assiste' }).waitFor();
    await person.page.getByText('Non hai delegato nessuno.').waitFor();
    await expectAccessible(person.page, 'citizen delegations page');
    await person.page.getByRole('button', { name: 'Delega', exact: true }).click();
    await person.page.getByText("Scegli l'ente da delegare.").waitFor();
    await expectAccessible(person.page, 'citizen delegation form with field errors');
    await person.page.getByLabel('Ente', { exact: true }).selectOption({ label: `${PATRONATO} (Patronato)` });
    await person.page.getByLabel('Prenotare e spostare appuntamenti', { exact: true }).check();
    await person.page.getByRole('button', { name: 'Delega', exact: true }).click();
    await person.page.getByRole('status').filter({ hasText: 'Delega registrata.' }).waitFor();
    await person.page.getByRole('heading', { level: 3, name: PATRONATO }).waitFor();
    await expectAccessible(person.page, 'citizen delegation granted');

    // the patronato's operator signs in to the operator app and lands on the people they assist
    const operator = await newUserPage(browser);
    await loginWithSpid(operator.page, OPERATOR_URL, 'Rosa Esposito');
    await operator.page.getByRole('heading', { level: 1, name: 'Le persone che assisto' }).waitFor();
    await expectAccessible(operator.page, 'intermediary people');
    await operator.page.getByRole('link', { name: 'Apri Elena Conti' }).click();
    await operator.page.getByRole('heading', { level: 1, name: 'Per conto di Elena Conti' }).waitFor();
    // her appointments are listed (none, or one another journey booked for her: citizen-home books Elena too)
    await operator.page.getByText('Nessun appuntamento.').or(operator.page.locator('main section li').first()).waitFor();
    await expectAccessible(operator.page, 'intermediary person');
    await operator.page.getByLabel('Servizio').selectOption({ label: 'Prima accoglienza e informazioni' });
    const slot = operator.page.getByLabel('Data e ora');
    await slot.waitFor();
    const firstSlot = await slot.locator('option').nth(1).textContent();
    await slot.selectOption({ index: 1 });
    await operator.page.getByRole('button', { name: 'Prenota per conto della persona' }).click();
    await operator.page.getByRole('status').filter({ hasText: 'Appuntamento prenotato per conto di Elena Conti.' }).waitFor();
    await operator.page.getByText(/appuntamento prenotato \(Rosa Esposito\)/).waitFor();
    await expectAccessible(operator.page, 'intermediary booked');
    await screenshot(operator.page, 'intermediary-booked');

    // she sees it, booked by the patronato
    await person.page.goto(`${CITIZEN_URL}/appuntamenti`);
    await person.page.getByRole('heading', { level: 2, name: 'Prenotati per te' }).waitFor();
    const note = person.page.getByText(`prenotato da Rosa Esposito (${PATRONATO})`, { exact: false });
    await note.waitFor();
    expect(firstSlot).toContain((await note.textContent())?.match(/alle (\d\d:\d\d)/)?.[1] ?? 'no time');
    await expectAccessible(person.page, 'citizen appointments booked by the patronato');
    await screenshot(person.page, 'citizen-booked-by-patronato');
    await person.context.close();
    await operator.context.close();
  });

  it('uploads a delegation signed on paper, which the CPI of the person approves; the region keeps the register', async () => {
    // the patronato uploads Fatima's signed delegation
    const operator = await newUserPage(browser);
    await loginWithSpid(operator.page, OPERATOR_URL, 'Rosa Esposito');
    await operator.page.getByRole('heading', { level: 2, name: 'Carica una delega firmata' }).waitFor();
    await operator.page.getByLabel('Codice fiscale della persona').fill('KHLFTM95M52Z330E');
    await operator.page.getByLabel('prenotare e spostare appuntamenti', { exact: true }).check();
    await operator.page.getByRole('button', { name: 'Carica la delega' }).click();
    await operator.page
      .getByText(/Scegli il file della delega firmata/)
      .first()
      .waitFor();
    await expectAccessible(operator.page, 'intermediary upload form with an error');
    await operator.page
      .getByLabel(/Delega firmata/)
      .setInputFiles({ name: 'delega-fatima.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    await operator.page.getByRole('button', { name: 'Carica la delega' }).click();
    await operator.page.getByRole('status').filter({ hasText: 'Delega caricata' }).waitFor();
    await expect(operator.page.getByRole('link', { name: 'Apri Fatima Khalil' }).count()).resolves.toBe(0); // not before the CPI approves

    // her CPI's operator opens the list, approves it
    const cpi = await newUserPage(browser);
    await loginWithSpid(cpi.page, OPERATOR_URL, 'Luca Verdi');
    await cpi.page.getByRole('link', { name: 'Deleghe da verificare' }).click();
    await cpi.page.getByRole('heading', { level: 1, name: 'Deleghe da verificare' }).waitFor();
    await cpi.page.getByRole('heading', { name: `Fatima Khalil delega ${PATRONATO}` }).waitFor();
    await cpi.page.getByRole('link', { name: 'Apri la delega firmata di Fatima Khalil' }).waitFor();
    await expectAccessible(cpi.page, 'CPI delegations to check');
    await cpi.page.getByRole('button', { name: 'Registra esito' }).click();
    await cpi.page
      .getByRole('status')
      .filter({ hasText: `Delega di Fatima Khalil a ${PATRONATO} approvata.` })
      .waitFor();
    await cpi.page.getByText('Nessuna delega da verificare.').waitFor();
    await expectAccessible(cpi.page, 'CPI delegation approved');

    // now the patronato may act for her
    await operator.page.reload();
    await operator.page.getByRole('link', { name: 'Apri Fatima Khalil' }).waitFor();

    // the region admin's register of intermediaries
    const region = await newUserPage(browser);
    await loginWithSpid(region.page, OPERATOR_URL, 'Sara Ricci');
    await region.page.getByRole('link', { name: 'Patronati e CAF' }).click();
    await region.page.getByRole('heading', { level: 1, name: 'Patronati, CAF e Comuni' }).waitFor();
    await region.page.getByRole('heading', { name: 'CAF Torino Centro (CAF)' }).waitFor();
    await expectAccessible(region.page, 'region register of intermediaries');
    for (const p of [operator, cpi, region]) await p.context.close();
  });
});
