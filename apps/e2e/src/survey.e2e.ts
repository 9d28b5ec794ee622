import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, openMail, screenshot } from './browser';

/**
 * Journey (issue 16, browser 1): after a service (here a certificate Mario issues himself, which publishes
 * `certificate.issued`), a survey message reaches the mailbox; Mario opens its link on his phone without logging in,
 * rates the service with the 1–5 radio group, answers, sees that a second answer is not possible, withdraws his
 * comment; a forged link says only that it is not valid; a CPI manager then reads the results page. axe on every page.
 */
describe('survey: a citizen answers from the mailbox link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens the link from the e-mail, answers once, withdraws the comment', async () => {
    const mario = await newUserPage(browser);
    await loginWithSpid(mario.page, CITIZEN_URL, 'Mario Rossi');
    const issued = await apiFromPage<{ id: string }>(mario.page, 'POST', '/citizen/certificazioni/certificates', { kind: 'status_history', locale: 'it' });
    expect(issued.status).toBe(201);
    await mario.context.close();

    // no session: only the e-mail
    const person = await newUserPage(browser, { mobile: true });
    const mail = await openMail(person.page, 'mario.rossi@example.it', /^Com'è andata\? Valuta il servizio: Storico dello stato occupazionale/);
    await mail.getByRole('link', { name: /\/valuta\// }).click();
    await person.page.getByRole('heading', { level: 1, name: "Com'è andata?" }).waitFor();
    await person.page.getByText('Servizio: Storico dello stato occupazionale').waitFor();
    await expectAccessible(person.page, 'survey page (no login)');

    // sending without a rating is refused on the field
    await person.page.getByRole('button', { name: 'Invia la valutazione' }).click();
    await person.page.getByText('Scegli un voto da 1 a 5.').waitFor();
    await expectAccessible(person.page, 'survey page with a field error');

    await person.page.getByRole('group', { name: 'Quanto sei soddisfatto del servizio?' }).getByRole('radio', { name: '4 – Molto' }).check();
    await person.page.getByRole('group', { name: 'È stato facile ottenere il certificato?' }).getByRole('radio', { name: '5 – Moltissimo' }).check();
    await person.page.getByLabel('Un commento (facoltativo)').fill('Veloce e chiaro.');
    await person.page.getByRole('button', { name: 'Invia la valutazione' }).click();
    await person.page.getByText('Grazie: la tua valutazione è stata registrata.').waitFor();
    await person.page.getByText('Il tuo voto: 4 su 5').waitFor();
    await expectAccessible(person.page, 'survey answered');
    await screenshot(person.page, 'survey-answered');

    // the link again: the first answer is kept, no second form
    await person.page.reload();
    await person.page.getByText('Avevi già risposto a questa valutazione: teniamo la prima risposta.').waitFor();
    expect(await person.page.getByRole('button', { name: 'Invia la valutazione' }).count()).toBe(0);
    await person.page.getByRole('button', { name: 'Ritira il commento' }).click();
    await person.page.getByText('Hai ritirato il commento.').waitFor();
    expect(await person.page.getByText('Veloce e chiaro.').count()).toBe(0);
    await expectAccessible(person.page, 'survey comment withdrawn');

    // a forged link: nothing but "not valid"
    const url = new URL(person.page.url());
    await person.page.goto(`${CITIZEN_URL}/valuta/${url.pathname.split('/').pop()!.slice(0, -2)}xx`);
    await person.page.getByRole('heading', { name: 'Il link non è valido' }).waitFor();
    await expectAccessible(person.page, 'survey forged link');
    await person.context.close();

    // a CPI manager reads the results of their office (demo answers and Mario's), comments without names
    const manager = await newUserPage(browser);
    await loginWithSpid(manager.page, OPERATOR_URL, 'Paolo Colombo');
    await manager.page.getByRole('link', { name: 'Soddisfazione' }).click();
    await manager.page.getByRole('heading', { level: 1, name: 'Soddisfazione degli utenti' }).waitFor();
    await manager.page
      .getByRole('table', { name: /Risultati per ufficio/ })
      .getByRole('row', { name: /Centro per l'Impiego di Torino/ })
      .waitFor();
    await manager.page.getByRole('table', { name: /senza l'identità/ }).waitFor();
    expect(await manager.page.getByText('Mario Rossi').count()).toBe(0);
    await expectAccessible(manager.page, 'operator satisfaction results');
    await manager.context.close();
  });
});
