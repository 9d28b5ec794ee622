import type { Browser } from 'playwright-core';
import { OPERATOR_URL, expectAccessible, expectTakenOver, launchBrowser, loginWithSpid, newUserPage, openMail, screenshot } from './browser';

/** Journey (agenda 3): an operator invites a person; the person opens the link from the mailbox without logging in and picks a slot. */
describe('invitation: pick a slot from a link, no login', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('invites, the person books from the e-mail link, the operator sees it booked', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.getByRole('link', { name: 'Inviti e convocazioni' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Inviti e convocazioni' }).waitFor();
    await expectAccessible(op.page, 'operator invitations');
    await op.page.getByLabel('Servizio').selectOption({ label: 'Prima accoglienza e informazioni' });
    // a wrong code is refused, naming the line, and nobody is invited
    await op.page.getByLabel('Codici fiscali (uno per riga)').fill('KHLFTM95M52Z330E\nKHLFTM95M52Z330X');
    await op.page.getByRole('button', { name: 'Invia inviti' }).click();
    await op.page.getByRole('button', { name: 'Sì, invia 2 inviti' }).click(); // a list asks before sending
    await op.page
      .getByText(/Riga 2/)
      .first()
      .waitFor();
    await expectAccessible(op.page, 'operator invitations with an error');
    await op.page.getByLabel('Codici fiscali (uno per riga)').fill('KHLFTM95M52Z330E');
    await op.page.getByLabel('Entro quanti giorni').fill('7');
    await op.page.getByRole('button', { name: 'Invia inviti' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Inviti inviati: 1' }).waitFor();
    const invitations = op.page.getByRole('table', { name: 'Inviti inviati' });
    await invitations.getByRole('row').filter({ hasText: 'Fatima Khalil' }).filter({ hasText: 'In attesa di risposta' }).first().waitFor();

    // the person: no session, only the e-mail
    const person = await newUserPage(browser, { mobile: true });
    const mail = await openMail(person.page, 'fatima.khalil@example.it', /^Scelga quando venire: Prima accoglienza e informazioni/);
    const link = mail.getByRole('link', { name: /\/invito\// });
    // the page comes rendered by the server with the invitation (painted before the app runs), then the app takes it over
    const served = await (await person.page.request.get((await link.getAttribute('href')) as string)).text();
    expect(served).toContain('<div id="root" inert>');
    expect(served).toContain('Buongiorno Fatima');
    await link.click();
    await expectTakenOver(person.page);
    await person.page.getByRole('heading', { level: 1, name: "Scegli quando venire al Centro per l'Impiego" }).waitFor();
    await person.page.getByText('Buongiorno Fatima').waitFor();
    await person.page.getByRole('group', { name: 'Modalità' }).getByRole('radio', { name: 'In presenza' }).check();
    const slots = person.page.getByRole('group', { name: 'Scegli giorno e orario' });
    await slots.getByRole('radio').first().waitFor();
    await expectAccessible(person.page, 'invitation page (no login)');
    await slots.getByRole('radio').first().check();
    await person.page.getByRole('button', { name: 'Conferma prenotazione' }).click();
    await person.page.getByRole('heading', { level: 2, name: 'Appuntamento confermato' }).waitFor();
    await expectAccessible(person.page, 'invitation booked');
    await screenshot(person.page, 'invitation-booked');
    // opening the link again shows the booking, not a second choice
    await person.page.reload();
    await person.page.getByRole('heading', { level: 2, name: 'Appuntamento confermato' }).waitFor();
    expect(await person.page.getByRole('button', { name: 'Conferma prenotazione' }).count()).toBe(0);
    await openMail(person.page, 'fatima.khalil@example.it', /^Appuntamento confermato: Prima accoglienza e informazioni/);
    await person.context.close();

    await op.page.reload();
    await op.page.getByRole('table', { name: 'Inviti inviati' }).getByRole('row').filter({ hasText: 'Fatima Khalil' }).filter({ hasText: 'Prenotato' }).first().waitFor();
    await op.context.close();
  });
});
