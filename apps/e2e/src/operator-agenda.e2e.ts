import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { officeWorkingDay, startAppointmentToday } from './agenda-db';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, romeDate, screenshot } from './browser';

const WEEKDAYS = ['Lunedì', 'Martedì', 'Mercoledì', 'Giovedì', 'Venerdì', 'Sabato', 'Domenica'];
/** "giovedì 10 dicembre 2026": how the agenda names a day */
const longDay = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00Z`));
const addDaysIso = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The agenda shows the period from this day ("Dal giorno"). */
const shownFrom = (page: Page, iso: string) => page.waitForFunction((v) => (document.querySelector('input[type="date"]') as HTMLInputElement | null)?.value === v, iso);
const officeIdOf = async (page: Page) => {
  const me = await apiFromPage<{ offices: { id: string; name: string }[] }>(page, 'GET', '/operator/registry/me');
  return (me.body.offices.find((o) => o.name.includes('Torino')) ?? me.body.offices[0])?.id ?? '';
};

/** Journey (agenda 2): an operator defines a weekly availability, sees a booking in the week grid (by keyboard too), moves it and marks attendance once it has started. */
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
    const day = await officeWorkingDay(3); // not a public holiday (8 December): the office publishes no slot then
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

    // the week grid shows it placed at 14:00, in person and remote together; the channel filter narrows it
    await page.getByRole('link', { name: "Vai all'agenda" }).click();
    await page.getByLabel('Dal giorno').fill(day);
    await page.getByLabel('Vista').selectOption({ label: 'Settimana' });
    const column = page.getByRole('region', { name: new RegExp(longDay(day)) });
    const block = column.getByRole('listitem').filter({ hasText: 'Mario Rossi' });
    await block.first().waitFor();
    await expect(block.first().textContent()).resolves.toMatch(/14:00.*Presenza.*Mario Rossi/);
    await expect(block.first().getByRole('link', { name: 'Mario Rossi' }).getAttribute('href')).resolves.toContain('RSSMRA85T10L219G');
    await page.getByLabel('Canale').selectOption({ label: 'Videochiamata' });
    await block.first().waitFor({ state: 'detached' });
    await page.getByLabel('Canale').selectOption({ label: 'Tutti i canali' });
    await block.first().waitFor();
    await page.getByRole('region', { name: 'Scorciatoie da tastiera' }).waitFor();
    await expectAccessible(page, 'operator week grid with a booking');
    await screenshot(page, 'operator-week');

    // keyboard: → next week (the booking is gone), ← back, t today, / the search (not while typing)
    await page.getByRole('heading', { level: 1 }).click(); // out of the fields: shortcuts do not fire while typing
    const period = page.locator('.agenda-toolbar__period');
    const before = await period.textContent();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((text) => document.querySelector('.agenda-toolbar__period')?.textContent !== text, before);
    await shownFrom(page, addDaysIso(day, 7));
    await block.first().waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowLeft');
    await block.first().waitFor();
    await page.keyboard.press('t');
    await shownFrom(page, romeDate(0));
    await block.first().waitFor(); // three days ahead: in the week from today
    await page.keyboard.press('/');
    const search = page.getByLabel('Cerca una persona in agenda');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('t Rossi');
    expect(await search.inputValue()).toBe('t Rossi'); // typed, not a shortcut
    expect(await page.getByLabel('Dal giorno').inputValue()).toBe(romeDate(0));
    await search.fill('Rossi');
    await block.first().waitFor();
    await expectAccessible(page, 'operator week grid searched');
    await search.fill('');

    // a future appointment: its menu offers moving and cancelling, not attendance
    await page.getByRole('button', { name: 'Azioni: Mario Rossi, 14:00' }).click();
    await page.getByRole('button', { name: 'Sposta: Mario Rossi, 14:00' }).waitFor();
    expect(await page.getByRole('button', { name: 'Presente: Mario Rossi, 14:00' }).count()).toBe(0);
    await expectAccessible(page, 'operator appointment menu');

    // the office moves it to the next free time of that service: the slot picker lists the free times across operators in
    // time order; Luca's 15:00 that afternoon is among them (45 minutes + 15 of buffer after 14:00)
    await page.getByRole('button', { name: 'Sposta: Mario Rossi, 14:00' }).click();
    const newTime = page.getByRole('group', { name: 'Nuovo orario' });
    await newTime.locator('label').first().waitFor();
    await expectAccessible(page, 'operator move form');
    expect(await newTime.locator('label').count()).toBeGreaterThan(1);
    await newTime
      .locator('label')
      .filter({ hasText: `${longDay(day)}, 15:00 – Luca Verdi` })
      .first()
      .click();
    await page.getByRole('button', { name: 'Conferma lo spostamento' }).click();
    await page.getByRole('status').filter({ hasText: 'Appuntamento spostato' }).waitFor();
    await page.getByRole('button', { name: 'Azioni: Mario Rossi, 15:00' }).waitFor();
    expect(await page.getByRole('button', { name: 'Azioni: Mario Rossi, 14:00' }).count()).toBe(0);

    // the API refuses attendance before the start too
    const moved = await apiFromPage<{ items: { appointments: { id: string; citizenFiscalCode?: string; status: string; localTime: string }[] }[] }>(
      page,
      'GET',
      `/operator/agenda/calendar?officeId=${await officeIdOf(page)}&from=${day}&days=1`,
    );
    const appointment = moved.body.items.flatMap((e) => e.appointments).find((a) => a.citizenFiscalCode === 'RSSMRA85T10L219G' && a.status === 'booked' && a.localTime === '15:00');
    expect(appointment).toBeDefined();
    const early = await apiFromPage<{ code: string }>(page, 'POST', `/operator/agenda/appointments/${appointment?.id}/attendance`, { outcome: 'attended' });
    expect([early.status, early.body.code]).toEqual([409, 'ATTENDANCE_NOT_YET']);

    // once it has started (the journey moves it to early today) the menu offers attendance
    const started = await startAppointmentToday(appointment?.id as string, '06:00', { started: true });
    const menu = page.getByRole('button', { name: `Azioni: Mario Rossi, ${started.localTime}` });
    // the agenda as it was, at the day the appointment now lies on (yesterday when the journey runs just after midnight)
    const shown = new URL(page.url());
    shown.searchParams.set('dal', started.localDate);
    await page.goto(shown.toString());
    await page.getByRole('heading', { level: 1, name: "Agenda dell'ufficio" }).waitFor();
    await menu.click();
    await page.getByRole('button', { name: `Presente: Mario Rossi, ${started.localTime}` }).click();
    await page.getByRole('status').filter({ hasText: 'Presenza registrata' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Mario Rossi' }).filter({ hasText: 'Presente' }).first().waitFor();
    expect(await menu.count()).toBe(0);
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
