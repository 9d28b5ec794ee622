import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, romeDate, screenshot } from './browser';

const WEEKDAYS = ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];

/** Journey (agenda 2): an operator defines a weekly availability, sees a booking in the week view and marks attendance. */
describe('operator: weekly availability, week view, attendance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('publishes an afternoon availability, a citizen books it, the operator sees it in the week and marks them present', async () => {
    const { page, context } = await newUserPage(browser);
    await loginWithSpid(page, OPERATOR_URL, 'Luca Verdi');
    await page.getByRole('link', { name: 'Agenda', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: "Agenda dell'ufficio" }).waitFor();
    await expectAccessible(page, 'operator agenda (week)');

    // a day three days from now, every week, 14:00–16:00, "Orientamento di base" (does not overlap the seeded mornings)
    const day = romeDate(3);
    const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    await page.getByRole('link', { name: 'Nuova disponibilità' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuova disponibilità settimanale' }).waitFor();
    await page.getByLabel('Servizio').selectOption({ label: 'Orientamento di base' });
    await page.getByLabel('Giorno della settimana').selectOption({ label: WEEKDAYS[weekday - 1] as string });
    await page.getByLabel('Dalle', { exact: true }).fill('16:00');
    await page.getByLabel('Alle', { exact: true }).fill('14:00');
    await page.getByRole('button', { name: 'Salva disponibilità' }).click();
    await page.getByRole('alert').first().waitFor(); // end before start: refused, naming the field
    await expectAccessible(page, 'availability form with an error');
    await page.getByLabel('Dalle', { exact: true }).fill('14:00');
    await page.getByLabel('Alle', { exact: true }).fill('16:00');
    await page.getByRole('button', { name: 'Salva disponibilità' }).click();
    const saved = page.getByRole('status').filter({ hasText: /Disponibilità salvata: \d+ orari pubblicati/ });
    await saved.waitFor();
    expect(Number(/(\d+) orari/.exec((await saved.textContent()) ?? '')?.[1])).toBeGreaterThan(0);
    await expectAccessible(page, 'availability saved');

    // a citizen (in his own browser) books the first of those afternoon slots through the API (Mario: Giulia's worklist entry
    // belongs to the patto journey, which an attended appointment would take away)
    const citizen = await newUserPage(browser);
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    const free = await apiFromPage<{ items: { id: string; localDate: string; localTime: string; officeName: string }[] }>(
      citizen.page,
      'GET',
      `/citizen/agenda/slots?serviceType=orientamento&channel=in_person&from=${day}&days=1`,
    );
    const slot = free.body.items.find((s) => s.localTime === '14:00' && s.officeName.includes('Torino'));
    expect(slot).toBeDefined();
    const booking = await apiFromPage<{ id: string }>(citizen.page, 'POST', '/citizen/agenda/appointments', { slotId: slot?.id, channel: 'in_person' });
    expect(booking.status).toBe(201);
    await citizen.context.close();

    // the week view shows it, in person and remote together; the channel filter narrows it
    await page.getByRole('link', { name: "Vai all'agenda" }).click();
    await page.getByLabel('Dal giorno').fill(day);
    await page.getByLabel('Vista').selectOption({ label: 'Settimana' });
    const row = page.getByRole('row').filter({ hasText: 'Mario Rossi' });
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain('14:00');
    await page.getByLabel('Canale').selectOption({ label: 'Videochiamata' });
    await page.getByRole('row').filter({ hasText: 'Mario Rossi' }).first().waitFor({ state: 'detached' });
    await page.getByLabel('Canale').selectOption({ label: 'Tutti i canali' });
    await row.first().waitFor();
    await expectAccessible(page, 'operator week view with a booking');
    await screenshot(page, 'operator-week');

    // the office moves it to the next free time of that service
    await page.getByRole('button', { name: 'Sposta: Mario Rossi, 14:00' }).click();
    const newTime = page.getByRole('group', { name: 'Nuovo orario' });
    await newTime.locator('label').first().waitFor();
    await expectAccessible(page, 'operator move form');
    const target = (await newTime.locator('label').first().textContent()) ?? '';
    const targetTime = /(\d{2}:\d{2})/.exec(target)?.[1] as string;
    await newTime.locator('label').first().click();
    await page.getByRole('button', { name: 'Conferma lo spostamento' }).click();
    await page.getByRole('status').filter({ hasText: 'Appuntamento spostato' }).waitFor();
    // the next free time of that service is the same afternoon: 45 minutes + 15 of buffer → 14:00 and 15:00
    expect(targetTime).toBe('15:00');
    const present = page.getByRole('button', { name: `Presente: Mario Rossi, ${targetTime}` });
    await present.waitFor();
    expect(await page.getByRole('button', { name: 'Presente: Mario Rossi, 14:00' }).count()).toBe(0);
    await present.click();
    await page.getByRole('status').filter({ hasText: 'Presenza registrata' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Mario Rossi' }).filter({ hasText: 'Presente' }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Presente: Mario Rossi, / }).count()).toBe(0);
    await expectAccessible(page, 'operator attendance recorded');

    // an absence the day after withdraws the operator's free slots
    await page.getByRole('link', { name: 'Assenze e chiusure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assenze e chiusure' }).waitFor();
    await expectAccessible(page, 'operator absences form');
    const later = romeDate(4);
    await page.getByLabel('Dal giorno', { exact: true }).fill(later);
    await page.getByLabel('Al giorno', { exact: true }).fill(later);
    await page.getByLabel('Motivo', { exact: true }).fill('Formazione');
    await page.getByRole('button', { name: 'Registra' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Registrat[ao]: \d+ orar/ })
      .waitFor();
    await expectAccessible(page, 'operator absence recorded');
    await context.close();
  });
});
