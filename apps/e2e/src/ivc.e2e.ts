import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot, goViaCitizenNav } from './browser';

const QUALIFICATION = 'Operatore di cucina'; // SAMPLE-PIE-CUC-01 of the sample repertoire (ivc demo seed)

/** The operator's IVC list, then the case of Mario Rossi for the kitchen qualification. */
async function openMariosCase(page: Page, list: 'cases' | 'assessments'): Promise<void> {
  await page.getByRole('link', { name: 'Validazione competenze' }).click();
  await page.getByRole('heading', { level: 1, name: 'Validazione delle competenze' }).waitFor();
  if (list === 'assessments') {
    await page.getByRole('link', { name: 'Casi da valutare (valutatore)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casi da valutare' }).waitFor();
  }
  const row = page.getByRole('row').filter({ hasText: 'Mario Rossi' }).filter({ hasText: QUALIFICATION });
  await row.first().waitFor();
  await expectAccessible(page, list === 'cases' ? 'operator IVC cases' : 'assessor IVC cases');
  await expect(row.first().getByRole('link', { name: 'Mario Rossi', exact: true }).getAttribute('href')).resolves.toMatch(/^\/cittadini\/[0-9a-f-]{36}$/);
  await row.first().getByRole('link', { name: 'Apri il caso di Mario Rossi' }).click();
  await page.getByRole('heading', { level: 1, name: 'Validazione: Mario Rossi' }).waitFor();
}

/**
 * Journey (issue 15, browser 2): Mario asks for validation of his competences for a qualification of the regional
 * repertoire; Luca Verdi (his CPI) takes charge, adds evidence and closes identification; Chiara Moretti, an appointed
 * assessor (not the guiding operator), judges each competence, closes validation and records the commission's exam;
 * Mario sees the final outcome and downloads the Open Badge; someone else, in a fresh browser, checks the badge on
 * the public verification page: valid.
 */
describe('IVC: competences validated and issued as an Open Badge anyone can verify', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('citizen asks, operator guides, assessor validates, citizen downloads the badge, the verification page accepts it', async () => {
    // 1. Mario asks for validation (mobile)
    const citizen = await newUserPage(browser, { mobile: true });
    const mario = citizen.page;
    await loginWithSpid(mario, CITIZEN_URL, 'Mario Rossi');
    await goViaCitizenNav(mario, 'Validazione delle competenze');
    await mario.getByRole('heading', { level: 1, name: 'Validazione delle competenze' }).waitFor();
    await mario.getByRole('heading', { name: 'Ti serve aiuto?' }).waitFor();
    await mario.getByRole('heading', { name: 'Preferisco andare di persona' }).waitFor();
    await expectAccessible(mario, 'citizen IVC page');
    // nothing chosen: refused on the combobox, without calling the API
    await mario.getByRole('button', { name: 'Chiedi la validazione' }).click();
    await mario.getByText('Cerca la qualificazione e sceglila dall’elenco.').waitFor();
    await expectAccessible(mario, 'citizen IVC form with a field error');
    await mario.getByRole('combobox', { name: 'Qualificazione del repertorio regionale' }).fill('cucina');
    await mario.getByRole('option', { name: new RegExp(QUALIFICATION) }).click();
    await mario.getByText(`Qualificazione scelta: ${QUALIFICATION}`, { exact: false }).first().waitFor();
    await mario.getByLabel('Vuoi dire qualcosa all’operatore? (facoltativo)').fill('Ho lavorato sei anni nella cucina di una trattoria.');
    await mario.getByRole('button', { name: 'Chiedi la validazione' }).click();
    await mario.getByRole('status').filter({ hasText: 'Richiesta inviata' }).waitFor();
    const request = mario.getByRole('listitem').filter({ has: mario.getByRole('heading', { level: 3, name: new RegExp(QUALIFICATION) }) });
    await request.getByText('In corso', { exact: true }).waitFor();
    await expectAccessible(mario, 'citizen IVC requested');

    // 2. Luca Verdi, his CPI's operator, guides identification
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await openMariosCase(op.page, 'cases');
    await expectAccessible(op.page, 'operator IVC case requested');
    await op.page.getByRole('button', { name: 'Prendi in carico' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Hai preso in carico il caso' }).waitFor();
    await op.page.getByLabel('Testo della nota').fill('Colloquio: sei anni di cucina in trattoria, prepara piatti caldi e freddi, applica HACCP.');
    await op.page.getByRole('checkbox', { name: 'Realizzazione di piatti pronti per il consumo' }).check();
    await op.page.getByRole('checkbox', { name: 'Trattamento delle materie prime e dei semilavorati alimentari' }).check();
    await op.page.getByRole('button', { name: 'Aggiungi la prova' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Prova aggiunta al dossier.' }).waitFor();
    await expectAccessible(op.page, 'operator IVC evidence added');
    await op.page.getByLabel('Sintesi per il documento di trasparenza').fill('Esperienza di cucina documentata dal colloquio: sei anni in trattoria.');
    await op.page.getByRole('button', { name: 'Chiudi l’individuazione' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Individuazione chiusa' }).waitFor();
    await op.page.getByText('In attesa del valutatore', { exact: true }).waitFor();
    await expectAccessible(op.page, 'operator IVC identification closed');
    await op.context.close();

    // 3. Chiara Moretti, appointed assessor, judges each competence and closes validation
    const as = await newUserPage(browser);
    await loginWithSpid(as.page, OPERATOR_URL, 'Chiara Moretti');
    await openMariosCase(as.page, 'assessments');
    await as.page.getByRole('button', { name: 'Valuta questo caso' }).click();
    await as.page.getByRole('status').filter({ hasText: 'Ora sei il valutatore di questo caso.' }).waitFor();
    const judgements: [string, boolean][] = [
      ['Trattamento delle materie prime e dei semilavorati alimentari', true],
      ['Realizzazione di piatti pronti per il consumo', true],
      ['Cura degli aspetti relativi alla sicurezza sul lavoro', false],
    ];
    for (const [competence, validated] of judgements) {
      const group = as.page.getByRole('group', { name: competence, exact: true });
      await group.getByRole('radio', { name: validated ? 'Validata' : 'Non validata', exact: true }).check();
      await group.getByLabel('Motivazione').fill(validated ? 'Prova pratica e colloquio tecnico superati.' : 'Nessuna evidenza raccolta.');
    }
    await expectAccessible(as.page, 'assessor IVC judgements');
    await as.page.getByRole('button', { name: 'Salva i giudizi' }).click();
    await as.page.getByRole('status').filter({ hasText: 'Giudizi salvati.' }).waitFor();
    await as.page.getByRole('button', { name: 'Chiudi la validazione' }).click();
    await as.page.getByRole('status').filter({ hasText: 'Validazione chiusa.' }).waitFor();
    await as.page.getByRole('link', { name: 'Scarica il PDF: Documento di validazione' }).waitFor();
    await expectAccessible(as.page, 'assessor IVC validation closed');
    // the commission's exam (Chiara sits on it; she is not the guiding operator): passed, the certificate is issued
    await as.page.getByRole('radio', { name: 'Superato', exact: true }).check();
    await as.page.getByLabel('Riferimento del verbale della commissione').fill('Verbale 7/2026');
    await as.page.getByRole('button', { name: 'Registra l’esito' }).click();
    await as.page.getByRole('status').filter({ hasText: 'Esito dell’esame registrato.' }).waitFor();
    await as.page.getByRole('link', { name: 'Scarica il PDF: Certificato di competenze' }).waitFor();
    await expectAccessible(as.page, 'assessor IVC exam recorded');
    await screenshot(as.page, 'assessor-ivc-validated');
    await as.context.close();

    // 4. Mario sees the final outcome and downloads the badge
    await mario.reload();
    await request.getByText('Certificato rilasciato', { exact: true }).waitFor();
    await request.getByText('Realizzazione di piatti pronti per il consumo').waitFor();
    await request.getByText('La procedura è conclusa: questo è l’esito definitivo.').waitFor();
    await expectAccessible(mario, 'citizen IVC validated');
    await screenshot(mario, 'citizen-ivc-validated');
    const [pdf] = await Promise.all([mario.waitForEvent('download'), request.getByRole('link', { name: 'Scarica il PDF: Documento di validazione' }).click()]);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [download] = await Promise.all([mario.waitForEvent('download'), request.getByRole('link', { name: 'Scarica il badge (.jwt): Documento di validazione' }).click()]);
    const badge = readFileSync((await download.path())!);
    expect(badge.toString().trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await citizen.context.close();

    // 5. someone else, without a session, checks the badge on the public verification page
    const other = await newUserPage(browser);
    await other.page.goto(`${CITIZEN_URL}/verifica-credenziale`);
    await other.page.getByRole('heading', { level: 1, name: 'Verifica una credenziale digitale' }).waitFor();
    await expectAccessible(other.page, 'public credential verification');
    await other.page.getByLabel('Oppure carica il file della credenziale').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/vc+jwt', buffer: badge });
    await other.page.getByRole('button', { name: 'Verifica la credenziale' }).click();
    await other.page.getByText('Credenziale valida', { exact: true }).waitFor();
    await expectAccessible(other.page, 'public credential verification: valid');
    await screenshot(other.page, 'public-credential-valid');
    await other.context.close();
  }, 240_000);
});
