import pg from 'pg';
import type { Browser } from 'playwright-core';
import { CITIZEN_URL, expectAccessible, expectTakenOver, launchBrowser, loginWithSpid, newUserPage, openMail, screenshot, goViaCitizenNav } from './browser';

/** Journey (agenda 1): a citizen books an in-person appointment, reads the confirmation in the mailbox, reschedules and cancels. */
describe('citizen: book, read the confirmation, reschedule, cancel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('books in person at their own CPI, follows the e-mail link, moves and cancels the appointment', async () => {
    const { page, context } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    await goViaCitizenNav(page, 'Appuntamenti');
    await page.getByRole('heading', { level: 1, name: 'I miei appuntamenti' }).waitFor();
    await expectAccessible(page, 'citizen appointments (empty)');

    await page.getByRole('link', { name: 'Prenota un appuntamento' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prenota un appuntamento' }).waitFor();
    // submitting without a slot names what is missing
    await page.getByLabel('Servizio').selectOption({ label: 'Prima accoglienza e informazioni' });
    await page.getByRole('group', { name: 'Modalità' }).getByRole('radio', { name: 'In presenza' }).check();
    const sede = page.getByLabel('Sede');
    expect(await sede.locator('option:checked').textContent()).toContain("(il tuo Centro per l'Impiego)");
    const slots = page.getByRole('group', { name: 'Scegli giorno e orario' });
    await slots.getByRole('radio').first().waitFor();
    await expectAccessible(page, 'citizen booking form');
    await page.getByRole('button', { name: 'Conferma prenotazione' }).click();
    await page.getByText('Scegli un orario').first().waitFor();

    // a slot three working days ahead: online changes close 24 hours before, and the 48-hour recall is still to come
    const first = slots.getByRole('group').nth(3).getByRole('radio').first();
    const firstTime = await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(firstTime).toMatch(/^\d{2}:\d{2}$/);
    await first.check();
    await page.getByRole('button', { name: 'Conferma prenotazione' }).click();
    await page.waitForURL(`${CITIZEN_URL}/appuntamenti`);
    await page.getByRole('status').filter({ hasText: 'Appuntamento confermato' }).waitFor();
    const booked = page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Sposta' }) })
      .first();
    await booked.getByText('Confermato').first().waitFor();
    await expect(booked.textContent()).resolves.toContain(firstTime);
    await expect(booked.getByRole('link', { name: 'Scarica nel calendario (.ics)' }).getAttribute('href')).resolves.toMatch(/\/api\/citizen\/agenda\/appointments\/.+\/ics$/);
    await expectAccessible(page, 'citizen appointments (booked)');
    await screenshot(page, 'citizen-appointment-booked');

    // the confirmation arrives in the mailbox; its link brings the person back to their appointments
    const mail = await openMail(page, 'mario.rossi@example.it', /^Appuntamento confermato: Prima accoglienza e informazioni/);
    await expect(mail.textContent()).resolves.toContain('in presenza');
    await expectAccessible(page, 'development mailbox');
    await mail
      .getByRole('link', { name: /\/appuntamenti$/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'I miei appuntamenti' }).waitFor();

    // "are you coming?": the 48-hour message (not due yet, read from the outbox) answers with one click, without login
    const db = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
    await db.connect();
    const { rows } = await db.query(
      `SELECT m.body FROM notifications.messages m JOIN agenda.appointments a ON m.dedupe_key = 'appointment:' || a.id || ':reminder-48h:email'
        WHERE a.citizen_fiscal_code = 'RSSMRA85T10L219G' AND a.status = 'booked' AND a.source = 'citizen' ORDER BY a.booked_at DESC LIMIT 1`,
    );
    await db.end();
    const recallLink = /(http:\/\/localhost:4200\/presenza\/\S+)/.exec(rows[0]?.body ?? '')?.[1];
    expect(recallLink).toBeDefined();
    const anonymous = await newUserPage(browser, { mobile: true });
    const served = await (await anonymous.page.request.get(recallLink as string)).text();
    expect(served).toContain('Ci sarai all&#x27;appuntamento?'); // rendered by the server with the appointment
    await anonymous.page.goto(recallLink as string);
    await expectTakenOver(anonymous.page);
    await anonymous.page.getByRole('heading', { level: 1, name: "Ci sarai all'appuntamento?" }).waitFor();
    await anonymous.page.getByRole('button', { name: 'Sì, ci sarò' }).waitFor();
    await expectAccessible(anonymous.page, 'recall page (no login)');
    await anonymous.page.getByRole('button', { name: 'Sì, ci sarò' }).click();
    await anonymous.page.getByRole('status').filter({ hasText: 'Grazie, ti aspettiamo.' }).waitFor();
    await anonymous.context.close();

    // reschedule
    await page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Sposta' }) })
      .first()
      .getByRole('link', { name: 'Sposta' })
      .click();
    await page.getByRole('heading', { level: 1, name: "Sposta l'appuntamento" }).waitFor();
    const newSlots = page.getByRole('group', { name: 'Scegli giorno e orario' });
    await newSlots.getByRole('radio').first().waitFor();
    await expectAccessible(page, 'citizen reschedule');
    await newSlots.getByRole('group').nth(4).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Conferma il nuovo orario' }).click();
    await page.waitForURL(`${CITIZEN_URL}/appuntamenti`);
    await page.getByRole('status').filter({ hasText: 'Appuntamento spostato' }).waitFor();

    // cancel
    const moved = page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Sposta' }) })
      .first();
    await moved.getByRole('button', { name: 'Annulla appuntamento' }).click();
    await page.getByLabel('Motivo (facoltativo)').fill('Ho trovato lavoro');
    await expectAccessible(page, 'citizen cancel confirmation');
    await page.getByRole('button', { name: 'Conferma annullamento' }).click();
    await page.getByRole('article').filter({ hasText: 'Annullato' }).first().waitFor();
    expect(
      await page
        .getByRole('article')
        .filter({ has: page.getByRole('link', { name: 'Sposta' }) })
        .count(),
    ).toBe(0);
    await openMail(page, 'mario.rossi@example.it', /^Appuntamento annullato: Prima accoglienza e informazioni/);
    await context.close();
  });
});
