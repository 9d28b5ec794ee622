import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, romeDate, screenshot } from './browser';

const WAREHOUSE = 'Magazziniere/a con patentino per carrelli elevatori';

/**
 * Journeys of issue 5 on the demo data (ESCO sample, demo vacancies and courses): (1) a citizen completes the profile,
 * sees vacancies with what they are missing and a course for a gap, applies; (2) an employer publishes a vacancy after
 * fixing a flagged requirement; (3) an operator preselects, shortlists and sends the anonymised shortlist, which the
 * employer sees without names.
 */
describe('matching: explained fit, courses for the gaps, fair ads, anonymised preselection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('(1) completes the profile, sees what is missing and a course for it, applies', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    await page.goto(`${CITIZEN_URL}/profilo-professionale`);
    await page.getByRole('heading', { level: 1, name: 'Il mio profilo professionale' }).waitFor();
    await expectAccessible(page, 'citizen professional profile');
    await page.getByLabel('Cerca una professione').fill('magazz');
    await page.getByRole('option', { name: 'addetto/addetta al magazzino' }).click();
    await page.getByLabel('Cerca una competenza').fill('gestire il mag');
    await page.getByRole('option', { name: 'gestire il magazzino' }).click();
    await page.getByLabel('Cerca una competenza').fill('preparare gli');
    await page.getByRole('option', { name: 'preparare gli ordini' }).click();
    await page.getByLabel('Comune di domicilio').fill('Tori');
    await page.getByRole('option', { name: 'Torino (TO)' }).click();
    await page.getByRole('group', { name: 'Chi può vedere il mio profilo' }).getByRole('radio', { name: 'Anche le aziende, senza il mio nome' }).check();
    await page.getByRole('button', { name: 'Salva il profilo' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilo salvato.' }).waitFor();
    await expectAccessible(page, 'citizen professional profile saved');

    await page.goto(`${CITIZEN_URL}/offerte`);
    await page.getByRole('heading', { level: 1, name: 'Offerte di lavoro per te' }).waitFor();
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: WAREHOUSE }) });
    await card.getByText(/Affinità: \d+%/).waitFor();
    await card.getByText(/Ti manca: .*utilizzare carrelli elevatori/).waitFor();
    await expectAccessible(page, 'citizen vacancies by fit');
    await card.getByRole('link', { name: WAREHOUSE }).click();
    await page.getByRole('heading', { level: 1, name: WAREHOUSE }).waitFor();
    await page.getByRole('heading', { name: 'Corsi per colmare quello che manca' }).waitFor();
    await page.getByText('Patentino per carrelli elevatori (muletto)').first().waitFor();
    await expectAccessible(page, 'citizen vacancy with gaps and courses');
    await page.getByRole('button', { name: 'Candidati a questa offerta' }).click();
    // a confirmation says what the company will see, before anything is sent
    await page.getByRole('group', { name: 'Vuoi inviare la tua candidatura a questa offerta?' }).getByText("Che cosa vedrà l'azienda").waitFor();
    await expectAccessible(page, 'citizen: apply confirmation');
    await page.getByRole('button', { name: 'Sì, invia la candidatura' }).click();
    await page.getByRole('status').filter({ hasText: 'Candidatura inviata.' }).waitFor();
    await screenshot(page, 'citizen-vacancy-applied');
    await page.goto(`${CITIZEN_URL}/candidature`);
    await page.getByRole('heading', { level: 1, name: 'Le mie candidature' }).waitFor();
    await page.getByText(WAREHOUSE).first().waitFor();
    await expectAccessible(page, 'citizen applications');
    await context.close();
  });

  it('(2) an employer publishes a vacancy once the flagged requirement is fixed', async () => {
    const { context, page } = await newUserPage(browser);
    await loginWithSpid(page, CITIZEN_URL, 'Laura Greco');
    await page.goto(`${CITIZEN_URL}/imprese`);
    await page.getByRole('heading', { level: 1, name: 'Area imprese: le tue offerte' }).waitFor();
    await expectAccessible(page, 'employer vacancies');
    await page.getByRole('link', { name: 'Nuova offerta di lavoro' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuova offerta di lavoro' }).waitFor();
    await page.getByLabel("Titolo dell'annuncio").fill('Addetto/a alle vendite ricambi');
    await page.getByLabel('Professione (classificazione ESCO)').fill('commess');
    await page.getByRole('option', { name: 'commesso/commessa di negozio' }).click();
    await page.getByLabel("Descrizione dell'offerta").fill('Cerchiamo una persona di bella presenza per il banco vendita ricambi.');
    await page.getByLabel('Cerca una competenza').fill('gestire la ca');
    await page.getByRole('option', { name: 'gestire la cassa' }).click();
    await page.getByLabel('Comune della sede di lavoro').fill('Tori');
    await page.getByRole('option', { name: 'Torino (TO)' }).click();
    await expectAccessible(page, 'employer vacancy form');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByRole('heading', { level: 1, name: 'Addetto/a alle vendite ricambi' }).waitFor();
    const flags = page
      .getByRole('region', { name: 'Requisiti da correggere prima di pubblicare' })
      .or(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Requisiti da correggere prima di pubblicare' }) }));
    await flags
      .first()
      .getByText(/bella presenza/)
      .first()
      .waitFor();
    await expectAccessible(page, 'employer vacancy flagged');
    await page.getByRole('button', { name: "Pubblica l'offerta" }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /discriminatori/ })
      .first()
      .waitFor();
    await page.getByLabel("Descrizione dell'offerta").fill('Cerchiamo una persona per il banco vendita ricambi, con esperienza di cassa.');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByRole('status').filter({ hasText: 'Bozza salvata.' }).waitFor();
    await page.getByRole('heading', { name: 'Requisiti da correggere prima di pubblicare' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: "Pubblica l'offerta" }).click();
    await page.getByRole('status').filter({ hasText: 'Offerta pubblicata.' }).waitFor();
    await expectAccessible(page, 'employer vacancy published');
    await screenshot(page, 'employer-vacancy-published');
    await context.close();
  });

  it('(3) an operator preselects, shortlists and sends the shortlist; the employer sees it anonymised', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.getByRole('link', { name: 'Offerte e preselezione' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Offerte di lavoro' }).waitFor();
    await expectAccessible(op.page, 'operator vacancies');
    await op.page.getByRole('link', { name: `Preselezione: ${WAREHOUSE}` }).click();
    await op.page.getByRole('heading', { level: 1, name: `Preselezione: ${WAREHOUSE}` }).waitFor();
    const table = op.page.getByRole('table', { name: 'Candidati in ordine di affinità' });
    await table.getByRole('row').nth(2).waitFor();
    await expectAccessible(op.page, 'operator preselection');
    const boxes = table.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await op.page.getByRole('button', { name: 'Aggiungi alla rosa' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Candidati aggiunti alla rosa.' }).waitFor();
    const shortlist = op.page.getByRole('table', { name: 'Rosa dei candidati' });
    await shortlist.getByRole('row').nth(2).waitFor();
    await op.page.getByRole('button', { name: "Invia la rosa all'azienda (anonima)" }).click();
    await op.page
      .getByRole('status')
      .filter({ hasText: /Rosa inviata all'azienda/ })
      .waitFor();
    await expectAccessible(op.page, 'operator shortlist sent');
    await screenshot(op.page, 'operator-shortlist');
    await op.context.close();

    const emp = await newUserPage(browser);
    await loginWithSpid(emp.page, CITIZEN_URL, 'Laura Greco');
    await emp.page.goto(`${CITIZEN_URL}/imprese`);
    await emp.page.getByRole('link', { name: `Apri ${WAREHOUSE}` }).click();
    const shared = emp.page.getByRole('table', { name: 'Candidati proposti' });
    await shared
      .getByText(/Candidato \d/)
      .first()
      .waitFor();
    // anonymised: the people's names are not on the page
    const text = (await shared.textContent()) ?? '';
    expect(text).toMatch(/Candidato 1/);
    expect(text).not.toMatch(/@example\.it/);
    await expectAccessible(emp.page, 'employer shared candidates');
    await emp.context.close();
  });

  it('(4) an operator sets up a recruiting day with interview slots; a citizen books one', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.goto(`${OPERATOR_URL}/recruiting-day`);
    await op.page.getByRole('heading', { level: 1, name: 'Recruiting day' }).waitFor();
    await op.page.getByLabel('Titolo', { exact: true }).fill('Recruiting day del commercio');
    await op.page.getByLabel('Giorno', { exact: true }).fill(romeDate(7));
    await op.page.getByLabel('Luogo o link').fill("Centro per l'Impiego di Torino, sala riunioni");
    await op.page.getByLabel('Colloqui dalle (facoltativo)').fill('09:00');
    await op.page.getByLabel('Colloqui fino alle').fill('10:00');
    await op.page.getByLabel('Durata di ogni colloquio (minuti)').fill('30');
    await op.page.getByRole('checkbox', { name: 'Commesso/a di negozio', exact: true }).check();
    await expectAccessible(op.page, 'operator recruiting day form');
    await op.page.getByRole('button', { name: 'Crea il recruiting day' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Recruiting day creato.' }).waitFor();
    await op.context.close();

    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Fatima Khalil');
    await page.goto(`${CITIZEN_URL}/recruiting-day`);
    const day = page.getByRole('article').filter({ hasText: 'Recruiting day del commercio' });
    await day.getByRole('button', { name: 'Prenota il colloquio delle 09:30 per Commesso/a di negozio' }).click();
    await day.getByText('Il tuo colloquio per «Commesso/a di negozio»: ore 09:30.').waitFor();
    await expectAccessible(page, 'citizen recruiting day booked');
    await context.close();
  });
});
