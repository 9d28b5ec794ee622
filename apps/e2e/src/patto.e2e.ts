import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, openMail, screenshot } from './browser';

const PROOF_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Journeys of issue 4, in order on the same data: (1) a citizen files the DID, takes the skills test and picks
 * "in person" despite a "digital" advice; (2) an operator finds a person in the worklist, profiles them, drafts and
 * proposes the patto; (3) the person signs with the code read from the development mailbox and downloads the PDF;
 * (4) the person logs an application with a proof file and the operator sees it in the e-coach view.
 */
describe('patto: from DID to a signed agreement and a followed plan', () => {
  let browser: Browser;
  let pattoUrl = '';
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('(1) files the DID, takes the skills test, chooses "in person" over a "digital" advice and sees the choice respected', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Fatima Khalil');
    await page.goto(`${CITIZEN_URL}/did`);
    await page.getByRole('heading', { level: 1, name: 'La mia disponibilità al lavoro (DID)' }).waitFor();
    await page.getByText('Questi dati arrivano da SPID/CIE').waitFor();
    await expectAccessible(page, 'citizen DID form');
    await page.getByRole('radio', { name: 'Non lavoro' }).check();
    await page.getByLabel('Cittadinanza').selectOption('MA');
    await page.getByRole('button', { name: 'Aggiungi un titolo di studio' }).click();
    await page.getByLabel('Titolo di studio').fill('Diploma di maturità');
    await page.getByLabel('Livello EQF').selectOption('4');
    await page.getByRole('checkbox', { name: 'B', exact: true }).check();
    await page.getByRole('checkbox', { name: /Dichiaro che i dati sono veri/ }).check();
    await page.getByRole('button', { name: 'Invia la dichiarazione' }).click();
    await page.getByRole('heading', { name: 'La tua DID è attiva' }).waitFor();
    await page.getByText(/Contatta il Centro per l'Impiego entro il/).waitFor();
    await page.getByText(/Disoccupato\/a dal/).waitFor();
    await expectAccessible(page, 'citizen DID filed');

    await page.getByRole('link', { name: 'Continua: come preferisci essere seguito?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Come preferisci essere seguito' }).waitFor();
    await expectAccessible(page, 'citizen skills test');
    for (let q = 1; q <= 6; q++) {
      await page.getByText(`Domanda ${q} di 6`).waitFor();
      await page.getByRole('radio', { name: q === 1 ? 'Un computer o tablet mio' : 'Sì, da solo/a' }).check();
      await page.getByRole('button', { name: q === 6 ? 'Vedi il consiglio' : 'Avanti' }).click();
    }
    await page.getByText('Ti consigliamo: Digitale').waitFor();
    const choice = page.getByRole('group', { name: 'Come vuoi essere seguito?' });
    expect(await choice.getByRole('radio', { checked: true }).count()).toBe(0); // the advice is not pre-selected
    await choice.getByRole('radio', { name: 'Di persona', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Ho bisogno di aiuto' }).check();
    await page.getByRole('button', { name: 'Salva la mia scelta' }).click();
    await page.getByRole('status').filter({ hasText: 'Hai scelto: Di persona' }).waitFor();
    await page.getByText(/Rispettiamo la tua scelta anche se ti avevamo consigliato: Digitale/).waitFor();
    await expectAccessible(page, 'citizen channel chosen');
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Hai scelto: Di persona' }).waitFor();
    await screenshot(page, 'citizen-channel-choice');
    await context.close();

    // the operator sees the person's choice, not the advice, as what counts
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.getByLabel('Codice fiscale o nome').fill('KHLFTM95M52Z330E');
    await op.page.getByRole('button', { name: 'Cerca' }).click();
    await op.page.getByRole('link', { name: /Khalil Fatima/ }).click();
    await op.page.getByRole('link', { name: 'Presa in carico e patto' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Presa in carico: Fatima Khalil' }).waitFor();
    await op.page.getByText('Scelta della persona: prevale sul consiglio').waitFor();
    await expectAccessible(op.page, 'operator person pathway (channel)');
    await op.context.close();
  });

  it('(2) an operator finds the person in the worklist, profiles them, drafts and proposes the patto', async () => {
    const { context, page } = await newUserPage(browser);
    await loginWithSpid(page, OPERATOR_URL, 'Anna Ferrari');
    await page.getByRole('link', { name: 'Da contattare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Persone da contattare' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Giulia Bianchi' });
    await row.getByText(/In ritardo di \d+ giorni/).waitFor();
    await expectAccessible(page, 'operator worklist');
    await row.getByRole('link', { name: 'Apri Giulia Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Presa in carico: Giulia Bianchi' }).waitFor();
    await page.getByRole('button', { name: "Calcola l'indice di profilazione" }).click();
    await page.getByText(/Indice di svantaggio: \d+%/).waitFor();
    await page.getByRole('table', { name: "Fattori che hanno determinato l'indice" }).waitFor();
    await expectAccessible(page, 'operator profiling');
    await page.getByRole('group', { name: 'Divario di competenze' }).locator('label').filter({ hasText: 'Nessuno' }).click();
    await page.getByRole('button', { name: 'Salva la valutazione' }).click();
    await page.getByRole('link', { name: 'Redigi il patto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo patto di servizio' }).waitFor();
    await expect(page.getByLabel('Atti di ricerca attiva richiesti e tempi').inputValue()).resolves.toContain('candidature');
    await expectAccessible(page, 'operator patto draft');
    await page.getByRole('button', { name: 'Salva la bozza' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patto di servizio di Giulia Bianchi' }).waitFor();
    pattoUrl = page.url();
    await page.getByRole('button', { name: 'Proponi alla persona' }).click();
    await page.getByText(/Patto proposto/).waitFor();
    await page
      .getByRole('region', { name: 'Testo del patto' })
      .getByText(/a\) Responsabile delle attività: Anna Ferrari/)
      .waitFor();
    await expectAccessible(page, 'operator patto proposed');
    await screenshot(page, 'operator-patto-proposed');
    await context.close();
  });

  it('(3) the person signs with the code from the mailbox and downloads the PDF; the operator countersigns', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Giulia Bianchi');
    await page.goto(`${CITIZEN_URL}/patto`);
    await page.getByRole('heading', { level: 1, name: 'Il mio patto di servizio' }).waitFor();
    await page.getByText('Da firmare').first().waitFor();
    await page
      .getByRole('region', { name: 'Testo completo del patto' })
      .getByText(/PATTO DI SERVIZIO PERSONALIZZATO/)
      .waitFor();
    await expectAccessible(page, 'citizen patto to sign');
    await page.getByRole('group', { name: 'Dove vuoi ricevere il codice?' }).getByRole('radio', { name: 'E-mail' }).check();
    await page.getByRole('button', { name: 'Inviami il codice' }).click();
    await page.getByText(/Codice inviato a/).waitFor();

    const mailbox = await context.newPage();
    const mail = await openMail(mailbox, 'giulia.bianchi@example.it', /Codice per firmare il patto/);
    const code = /\b(\d{6})\b/.exec((await mail.textContent()) ?? '')?.[1];
    expect(code).toMatch(/^\d{6}$/);
    await mailbox.close();

    await page.getByLabel('Codice ricevuto').fill(code!);
    await page.getByRole('button', { name: 'Firma il patto' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Hai firmato il patto/ })
      .waitFor();
    await page.getByText(/In attesa della firma di/).waitFor();
    await expectAccessible(page, 'citizen patto signed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Scarica il PDF del patto \(versione 1\)/ }).click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'citizen-patto-signed');
    await context.close();

    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Anna Ferrari');
    await op.page.goto(pattoUrl);
    const evidence = op.page.getByRole('table', { name: 'Firme ed evidenze' });
    await evidence.getByRole('row').filter({ hasText: 'Giulia Bianchi' }).waitFor();
    await op.page.getByRole('button', { name: 'Controfirma il patto' }).click();
    await evidence.getByRole('row').filter({ hasText: 'Anna Ferrari' }).waitFor();
    await op.page.getByRole('link', { name: /Scarica il PDF \(versione 1\)/ }).waitFor();
    await expectAccessible(op.page, 'operator patto signed');
    await op.context.close();
  });

  it('(4) the person logs an application with a proof; the operator sees it in the e-coach view', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Giulia Bianchi');
    await page.goto(`${CITIZEN_URL}/piano`);
    await page.getByRole('heading', { level: 1, name: 'Il mio piano' }).waitFor();
    await page.getByRole('heading', { name: 'Azioni del patto' }).waitFor();
    await page.getByLabel('Tipo di attività').selectOption('application');
    await page.getByLabel('Descrizione').fill('Candidatura commessa di negozio');
    await page.getByLabel('Azienda o ente (facoltativo)').fill('Ospitalità Langhe S.r.l.');
    await page.getByLabel(/Prova \(facoltativa\)/).setInputFiles({ name: 'ricevuta-candidatura.pdf', mimeType: 'application/pdf', buffer: PROOF_PDF });
    await page.getByRole('button', { name: "Registra l'attività" }).click();
    await page.getByRole('status').filter({ hasText: 'Attività registrata.' }).waitFor();
    await page.getByText('ricevuta-candidatura.pdf').waitFor();
    // twelve people of the same office on the same pathway are in the demo data: the comparison is shown
    await page.getByRole('heading', { name: 'Come stai andando' }).waitFor();
    await expectAccessible(page, 'citizen plan');
    await screenshot(page, 'citizen-plan');
    await context.close();

    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Anna Ferrari');
    await op.page.getByRole('link', { name: 'E-coach' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'E-coach: persone seguite' }).waitFor();
    await expectAccessible(op.page, 'operator e-coach');
    await op.page.getByRole('link', { name: 'Attività di Giulia Bianchi' }).click();
    await op.page.getByRole('heading', { level: 1, name: 'Attività di Giulia Bianchi' }).waitFor();
    await op.page.getByText('Candidatura commessa di negozio').waitFor();
    await op.page.getByRole('link', { name: 'Prova: ricevuta-candidatura.pdf' }).waitFor();
    await op.page.getByRole('button', { name: 'Invia un promemoria gentile' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Promemoria inviato.' }).waitFor();
    await expectAccessible(op.page, 'operator e-coach person');
    await screenshot(op.page, 'operator-ecoach-person');
    await op.context.close();
  });
});
