import type { Browser } from 'playwright-core';
import { startAppointmentToday } from './agenda-db';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

/**
 * Journey (issue 17, the back office): Fatima Khalil (CPI Torino) books Luca Verdi's CV workshop and writes to the CPI;
 * the appointment is moved to early today. Luca logs in and lands on his day: the search on top, today's appointments
 * (Fatima at 07:15), people to contact, cases and alerts, messages to read (Fatima). He opens Fatima from today's
 * appointments, goes through the dossier's tabs (the URL keeps the open one; arrow keys move between them) and pages
 * the access log, which reads in words. axe on every page.
 */
describe('operator home and the dossier in tabs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("shows the operator's day and opens a person's dossier from it, tab by tab", async () => {
    const { page, context } = await newUserPage(browser);
    await loginWithSpid(page, OPERATOR_URL, 'Luca Verdi');
    expect(new URL(page.url()).pathname).toBe('/cittadini');
    const me = await apiFromPage<{ staffId: string; offices: { id: string; code: string }[] }>(page, 'GET', '/operator/registry/me');
    const officeId = me.body.offices.find((o) => o.code === 'CPI-TO')?.id;
    expect(officeId).toBeDefined();

    // Fatima books one of Luca's CV workshops and writes to the CPI
    const fatima = await newUserPage(browser);
    await loginWithSpid(fatima.page, CITIZEN_URL, 'Fatima Khalil');
    const slots = await apiFromPage<{ items: { id: string; operatorId: string; channels: string[] }[] }>(
      fatima.page,
      'GET',
      `/citizen/agenda/slots?serviceType=laboratorio-cv&officeId=${officeId}&days=28`,
    );
    const slot = slots.body.items.find((s) => s.operatorId === me.body.staffId);
    expect(slot).toBeDefined();
    const channel = slot?.channels.includes('in_person') ? 'in_person' : slot?.channels[0];
    const booked = await apiFromPage<{ id: string }>(fatima.page, 'POST', '/citizen/agenda/appointments', { slotId: slot?.id, channel });
    expect(booked.status).toBe(201);
    const sent = await apiFromPage<{ id: string }>(fatima.page, 'POST', '/citizen/dossier/messages', { body: 'Buongiorno, porto il CV aggiornato al laboratorio.' });
    expect(sent.status).toBe(201);
    await fatima.context.close();
    // 07:15, or earlier when another journey already moved a slot of the same operator there (see startAppointmentToday)
    const { localTime } = await startAppointmentToday(booked.body.id, '07:15');

    // the home: the search on top, then the four blocks
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'La tua giornata' }).waitFor();
    await page.getByLabel('Codice fiscale o nome').waitFor();
    for (const name of ['Appuntamenti di oggi', 'Da contattare', 'Casi e avvisi', 'Messaggi da leggere']) await page.getByRole('heading', { level: 2, name }).waitFor();
    const today = page.getByRole('table', { name: 'I tuoi appuntamenti di oggi' });
    const row = today.getByRole('row').filter({ hasText: 'Fatima Khalil' });
    await row.getByText(localTime).waitFor();
    await page.getByRole('table', { name: 'Persone e aziende che hanno scritto' }).getByRole('link', { name: 'Fatima Khalil' }).waitFor();
    await expectAccessible(page, 'operator home');
    await screenshot(page, 'operator-home');

    // from today's appointments to the dossier (found by fiscal code)
    await row.getByRole('link', { name: 'Fatima Khalil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fascicolo di Fatima Khalil' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/cittadini\/[0-9a-f-]{36}$/);
    const summary = page.getByRole('region', { name: 'In sintesi' });
    await summary.getByText('KHLFTM95M52Z330E').waitFor();
    const tabs = page.getByRole('tablist', { name: 'Sezioni del fascicolo' });
    expect(await tabs.getByRole('tab', { name: 'Situazione' }).getAttribute('aria-selected')).toBe('true');
    await expectAccessible(page, 'dossier: status tab');

    await tabs.getByRole('tab', { name: 'Appuntamenti' }).click();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('appointments');
    await page.getByRole('table', { name: 'Appuntamenti della persona, dal più recente' }).getByRole('row').filter({ hasText: localTime }).first().waitFor();
    await expectAccessible(page, 'dossier: appointments tab');

    await page.keyboard.press('ArrowRight'); // the focused tab moves to "Patto e piano"
    expect(new URL(page.url()).searchParams.get('tab')).toBe('patto');
    await page.getByRole('heading', { level: 2, name: 'Patto di servizio' }).waitFor();
    await expectAccessible(page, 'dossier: patto tab');

    await tabs.getByRole('tab', { name: 'Documenti e messaggi' }).click();
    await page.getByText('Buongiorno, porto il CV aggiornato al laboratorio.').waitFor();
    await expectAccessible(page, 'dossier: documents and messages tab');

    // more than a page of the access log: each read of the dossier is one record
    const citizenId = new URL(page.url()).pathname.split('/').pop();
    for (let i = 0; i < 21; i++) await apiFromPage(page, 'GET', `/operator/registry/citizens/${citizenId}`);
    await tabs.getByRole('tab', { name: 'Attività' }).click();
    const trail = page.getByRole('table', { name: /Chi ha consultato o modificato i dati/ });
    await trail.getByRole('cell', { name: 'Consultazione del fascicolo' }).first().waitFor();
    expect(await trail.getByText('citizen.dossier.read').count()).toBe(0); // in words, not codes
    await page.getByText('Pagina 1').waitFor();
    await expectAccessible(page, 'dossier: activity tab');
    await page.getByRole('button', { name: 'Meno recenti' }).click();
    await page.getByText('Pagina 2').waitFor();
    await page.getByRole('button', { name: 'Più recenti' }).waitFor();
    await expectAccessible(page, 'dossier: activity tab, page 2');

    // the URL keeps the tab: a reload reopens it
    await page.reload();
    expect(await page.getByRole('tab', { name: 'Attività' }).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'operator-dossier-activity');
    await context.close();
  });
});
