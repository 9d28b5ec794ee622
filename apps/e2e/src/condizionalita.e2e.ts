import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { API_URL, CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, romeDate, screenshot, goViaCitizenNav } from './browser';
import { startAppointmentToday } from './agenda-db';

const MARIO = 'RSSMRA85T10L219G'; // NASpI in the national-systems simulator's demo data; CPI Torino (Luca Verdi, Paolo Colombo)
const MARIO_MAIL = 'mario.rossi@example.it';
const CERTIFICATE_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const CASE_LINK = /\/condizionalita\/procedimenti\/([0-9a-f-]{36})$/;

interface Slot {
  id: string;
  officeName: string;
  localDate: string;
  localTime: string;
  seatsLeft: number;
}

/**
 * The office convokes Mario to a free time of its own (through the API, as the convocation journey already drives the
 * form) and the operator records him absent in the agenda: `attendance.recorded` reaches the condizionalità module
 * through the event relay. Slots already taken by Mario (the other journeys book some) are skipped.
 */
async function convokeAndRecordAbsence(page: Page, fromDays: number): Promise<Slot> {
  const me = await apiFromPage<{ offices: { id: string; name: string }[] }>(page, 'GET', '/operator/registry/me');
  const office = me.body.offices.find((o) => o.name.includes('Torino')) ?? me.body.offices[0];
  const slots = await apiFromPage<{ items: Slot[] }>(
    page,
    'GET',
    `/operator/agenda/slots?serviceType=prima-accoglienza&channel=in_person&officeId=${office?.id}&from=${romeDate(fromDays)}&days=14`,
  );
  let convoked: Slot | undefined;
  let appointmentId = '';
  for (const slot of slots.body.items.filter((s) => s.seatsLeft > 0)) {
    const res = await apiFromPage<{ appointmentId: string }>(page, 'POST', '/operator/agenda/convocations', {
      fiscalCode: MARIO,
      slotId: slot.id,
      channel: 'in_person',
      legalBasis: 'art. 21 c.2 D.Lgs. 150/2015: convocazione del percettore di NASpI',
    });
    if (res.status === 201) {
      convoked = slot;
      appointmentId = res.body.appointmentId;
      break;
    }
  }
  if (!convoked) throw new Error('no free time to convoke Mario Rossi');
  // attendance is recorded only once the appointment has started: the journey moves it to earlier today
  const started = await startAppointmentToday(appointmentId, fromDays === 2 ? '07:00' : '07:40', { started: true });
  await page.goto(`${OPERATOR_URL}/agenda?dal=${started.localDate}`);
  await page.getByRole('heading', { level: 1, name: "Agenda dell'ufficio" }).waitFor();
  await page.getByRole('button', { name: `Azioni: Mario Rossi, ${started.localTime}` }).click();
  await page.getByRole('button', { name: `Assente: Mario Rossi, ${started.localTime}` }).click();
  await page.getByRole('status').filter({ hasText: 'Presenza registrata' }).waitFor();
  return convoked;
}

/** Reloads the worklist (open cases) until Mario's new case is there (the relay delivers events by polling); its id. */
async function waitForOpenCase(page: Page, known: readonly string[], timeoutMs = 30_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    await page.goto(`${OPERATOR_URL}/condizionalita?stato=open`);
    await page.getByRole('heading', { level: 1, name: 'Condizionalità: procedimenti' }).waitFor();
    await page.getByText(/\d+ procedimenti/).waitFor();
    const links = page.getByRole('link', { name: 'Apri il procedimento di Mario Rossi' });
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const id = CASE_LINK.exec(href)?.[1];
      if (id && !known.includes(id)) return id;
    }
    if (Date.now() - started > timeoutMs) throw new Error('no new conditionality case for Mario Rossi');
    await page.waitForTimeout(1000);
  }
}

/** The development mailbox, reloaded until a message to `to` whose subject matches and whose text names `text` is there. */
async function mailWith(page: Page, to: string, subject: RegExp, text: string, timeoutMs = 30_000): Promise<Locator> {
  const started = Date.now();
  for (;;) {
    await page.goto(`${API_URL}/dev-mailbox?to=${encodeURIComponent(to)}`);
    const article = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: subject }) })
      .filter({ hasText: text })
      .first();
    if ((await article.count()) > 0) return article;
    if (Date.now() - started > timeoutMs) throw new Error(`no e-mail to ${to} matching ${subject} naming ${text}`);
    await page.waitForTimeout(500);
  }
}

/**
 * Journeys of issue 13, on the same data: (1) Mario Rossi, who receives NASpI, misses a convocation; the operator
 * records the absence, a case opens and he is told by e-mail; he justifies with a medical certificate and the operator
 * accepts. (2) He misses a second one; his reason does not hold and the operator decides "not justified"; a manager
 * (four eyes) confirms; the measure goes to INPS (the simulator) and the case shows "sent"; Mario downloads the letter.
 */
describe('condizionalità: from a missed convocation to a measure sent to INPS', () => {
  let browser: Browser;
  const cases: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('(1a) an absence recorded in the agenda opens a case; the person is told by e-mail and sees it in "I miei obblighi"', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await convokeAndRecordAbsence(op.page, 2);
    cases.push(await waitForOpenCase(op.page, cases));
    await op.page.getByRole('table', { name: 'Procedimenti di condizionalità' }).getByRole('row').filter({ hasText: 'Mario Rossi' }).first().waitFor();
    await expectAccessible(op.page, 'operator conditionality worklist');
    await op.context.close();

    const citizen = await newUserPage(browser, { mobile: true });
    const mail = await mailWith(citizen.page, MARIO_MAIL, /Comunicazione del Centro per l'Impiego/, `/obblighi/${cases[0]}`);
    await expect(mail.textContent()).resolves.toMatch(/entro il/);
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    await goViaCitizenNav(citizen.page, 'I miei obblighi');
    await citizen.page.getByRole('heading', { level: 1, name: 'I miei obblighi' }).waitFor();
    await citizen.page.getByRole('heading', { name: 'NASpI – indennità di disoccupazione' }).waitFor();
    await citizen.page.getByText("Presentarti agli appuntamenti e alle convocazioni del Centro per l'Impiego.").first().waitFor();
    await expectAccessible(citizen.page, 'citizen obligations');
    await screenshot(citizen.page, 'citizen-obligations');
    await citizen.context.close();
  });

  it('(1b) the person justifies with a document (field errors first); the operator sees it and accepts', async () => {
    const citizen = await newUserPage(browser, { mobile: true });
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    await citizen.page.goto(`${CITIZEN_URL}/obblighi/${cases[0]}`);
    const page = citizen.page;
    await page.getByRole('heading', { level: 1, name: 'Procedimento: Appuntamento mancato' }).waitFor();
    await page.getByText(/Hai tempo fino al/).waitFor();
    await page.getByRole('heading', { name: 'Cosa può succedere' }).waitFor();
    await expectAccessible(page, 'citizen case to justify');
    await page.getByRole('button', { name: 'Invia la giustificazione' }).click();
    await page.getByText("Scegli il motivo dall'elenco.").waitFor();
    await page.getByText(/Scrivi una spiegazione di almeno 10 caratteri/).waitFor();
    await expectAccessible(page, 'citizen justification with field errors');
    await page.getByLabel('Motivo', { exact: true }).selectOption('illness_injury');
    await page.getByLabel('Spiega cosa è successo').fill('Ero a letto con la febbre alta: allego il certificato del medico di famiglia.');
    await page.getByLabel(/Documento che prova il motivo/).setInputFiles({ name: 'certificato-medico.pdf', mimeType: 'application/pdf', buffer: CERTIFICATE_PDF });
    await page.getByRole('button', { name: 'Togli certificato-medico.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Invia la giustificazione' }).click();
    await page.getByRole('status').filter({ hasText: 'Giustificazione inviata.' }).waitFor();
    await page.getByRole('link', { name: 'Apri certificato-medico.pdf' }).waitFor();
    await expectAccessible(page, 'citizen justification sent');
    await screenshot(page, 'citizen-justification-sent');
    await citizen.context.close();

    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await op.page.goto(`${OPERATOR_URL}/condizionalita/procedimenti/${cases[0]}`);
    await op.page.getByRole('heading', { level: 1, name: 'Procedimento di Mario Rossi' }).waitFor();
    await op.page.getByRole('link', { name: 'Apri certificato-medico.pdf' }).waitFor();
    await op.page.getByRole('table', { name: 'Eventi del procedimento' }).getByText('La persona ha inviato una giustificazione').waitFor();
    await expectAccessible(op.page, 'operator case with a justification');
    await op.page
      .getByRole('group', { name: 'Esito' })
      .locator('label')
      .filter({ hasText: /^Giustificato$/ })
      .click();
    await expect(op.page.getByLabel('Motivo giustificato (elenco del Ministero)').inputValue()).resolves.toBe('illness_injury');
    await op.page.getByRole('button', { name: 'Registra la decisione' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Decisione registrata.' }).waitFor();
    await op.page.getByText('Chiuso: giustificato').first().waitFor();
    await op.page.getByText(/Deciso da Luca Verdi il/).waitFor();
    await expectAccessible(op.page, 'operator case justified');
    await op.context.close();
  });

  it('(2a) a second absence; the reason given does not hold; the operator decides "not justified" and waits for a manager', async () => {
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    await convokeAndRecordAbsence(op.page, 3);
    cases.push(await waitForOpenCase(op.page, cases));

    const citizen = await newUserPage(browser, { mobile: true });
    await mailWith(citizen.page, MARIO_MAIL, /Comunicazione del Centro per l'Impiego/, `/obblighi/${cases[1]}`);
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    await citizen.page.goto(`${CITIZEN_URL}/obblighi/${cases[1]}`);
    await citizen.page.getByRole('heading', { level: 1, name: 'Procedimento: Appuntamento mancato' }).waitFor();
    await citizen.page.getByLabel('Motivo', { exact: true }).selectOption('force_majeure');
    await citizen.page.getByLabel('Spiega cosa è successo').fill("Mi sono dimenticato dell'appuntamento.");
    await citizen.page.getByRole('button', { name: 'Invia la giustificazione' }).click();
    await citizen.page.getByRole('status').filter({ hasText: 'Giustificazione inviata.' }).waitFor();
    await citizen.context.close();

    await op.page.goto(`${OPERATOR_URL}/condizionalita/procedimenti/${cases[1]}`);
    await op.page.getByRole('heading', { level: 1, name: 'Procedimento di Mario Rossi' }).waitFor();
    await op.page.getByText("Mi sono dimenticato dell'appuntamento.").waitFor();
    await op.page
      .getByRole('group', { name: 'Esito' })
      .locator('label')
      .filter({ hasText: /^Non giustificato$/ })
      .click();
    await op.page.getByRole('button', { name: 'Registra la decisione' }).click();
    await op.page.getByText(/Scrivi una motivazione di almeno 10 caratteri/).waitFor();
    await expectAccessible(op.page, 'operator decision with a field error');
    await op.page
      .getByLabel(/Motivazione \(sarà scritta nella lettera/)
      .fill("Aver dimenticato l'appuntamento non è un giustificato motivo secondo la nota ministeriale 39/0003374 del 4 marzo 2016.");
    await op.page.getByRole('button', { name: 'Registra la decisione' }).click();
    await op.page.getByRole('status').filter({ hasText: 'Decisione registrata.' }).waitFor();
    await op.page.getByText('Da confermare (quattro occhi)').first().waitFor();
    await op.page.getByText(/Solo un responsabile del Centro per l'Impiego/).waitFor();
    await expectAccessible(op.page, 'operator decision waiting for four eyes');
    await op.context.close();
  });

  it('(2b) a manager confirms; the measure is sent to INPS; the person downloads the measure letter', async () => {
    const manager = await newUserPage(browser);
    await loginWithSpid(manager.page, OPERATOR_URL, 'Paolo Colombo');
    const page = manager.page;
    await page.goto(`${OPERATOR_URL}/condizionalita/procedimenti/${cases[1]}`);
    await page.getByRole('heading', { level: 1, name: 'Procedimento di Mario Rossi' }).waitFor();
    await page.getByText(/Deciso da Luca Verdi il/).waitFor();
    await expectAccessible(page, 'manager case to confirm');
    await page.getByRole('group', { name: 'Cosa fai?' }).locator('label').filter({ hasText: 'Confermo la decisione' }).click();
    await page.getByRole('button', { name: 'Invia', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Decisione confermata/ })
      .waitFor();
    await page.getByText('Chiuso: misura confermata').first().waitFor();
    await page.getByText(/Confermato da Paolo Colombo il/).waitFor();
    await page.getByText(/Inviato all'INPS il/).waitFor({ timeout: 45_000 }); // the case page reads itself again while waiting
    await expectAccessible(page, 'manager case: measure sent to INPS');
    await screenshot(page, 'operator-measure-sent');

    await page.getByRole('link', { name: 'Torna ai procedimenti' }).click();
    await page.getByRole('link', { name: "Invii all'INPS ed eventi non consegnati" }).click();
    await page.getByRole('heading', { level: 1, name: 'Invii ai sistemi nazionali' }).waitFor();
    await page.getByLabel('Stato degli invii').selectOption('sent');
    await page.getByRole('table', { name: 'Invii ai sistemi nazionali: Inviati' }).getByRole('row').filter({ hasText: 'NASpI' }).first().waitFor();
    await page.getByRole('heading', { name: 'Eventi non consegnati' }).waitFor();
    await expectAccessible(page, 'manager queue of sends');
    await manager.context.close();

    const citizen = await newUserPage(browser, { mobile: true });
    await mailWith(citizen.page, MARIO_MAIL, /Provvedimento del Centro per l'Impiego/, `/obblighi/${cases[1]}`);
    await loginWithSpid(citizen.page, CITIZEN_URL, 'Mario Rossi');
    await citizen.page.goto(`${CITIZEN_URL}/obblighi/${cases[1]}`);
    await citizen.page.getByRole('heading', { name: 'La misura applicata' }).waitFor();
    await citizen.page.getByText('riduzione di un quarto di una mensilità').waitFor();
    await expectAccessible(citizen.page, 'citizen measure');
    const [download] = await Promise.all([citizen.page.waitForEvent('download'), citizen.page.getByRole('link', { name: 'Scarica la lettera con la misura (PDF)' }).click()]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(citizen.page, 'citizen-measure');
    // the same page from the English catalogue
    await citizen.page.getByLabel('Lingua').selectOption({ label: 'English' });
    await citizen.page.getByRole('heading', { level: 1, name: 'Case: Missed appointment' }).waitFor();
    await citizen.page.getByText('a cut of a quarter of one monthly payment').waitFor();
    await citizen.page.getByRole('link', { name: 'Download the letter with the measure (PDF)' }).waitFor();
    await expectAccessible(citizen.page, 'citizen measure (English)');
    await citizen.context.close();
  });
});
