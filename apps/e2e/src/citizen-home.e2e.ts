import type { Browser, Page } from 'playwright-core';
import { apiFromPage, CITIZEN_URL, expectAccessible, goViaCitizenNav, launchBrowser, loginWithSpid, newUserPage, openLanding, OPERATOR_URL, romeDate, screenshot } from './browser';

/**
 * Journey of issue 17: "La mia situazione", the citizen's home after login. Each state is made through the API (as the
 * other journeys do) and read back on the home: no DID, DID active, an appointment tomorrow, a patto to sign. Each card
 * links to its one next action; the main navigation and the breadcrumb lead through the area. Elena Conti (a person
 * whose company is not registered yet, so she lands in the citizens' area).
 */
const PERSON = 'Elena Conti';

async function card(page: Page, title: string) {
  const heading = page.getByRole('heading', { level: 2, name: title, exact: true }); // relative to the card (filter)
  await page.locator('main').getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  return page.locator('main section.situation-card').filter({ has: heading });
}

async function home(page: Page): Promise<void> {
  await page.goto(`${CITIZEN_URL}/profilo`);
  await page.getByRole('heading', { level: 1, name: 'La mia situazione' }).waitFor();
}

describe('citizen home: La mia situazione', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('no DID → "Dichiara la tua disponibilità"; DID active since today; the next appointment with Sposta; patto to sign → sign page', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    // the citizens' entrance (Elena may already represent a company registered by another journey)
    await openLanding(page, CITIZEN_URL);
    await page.getByRole('group', { name: 'Chi sei' }).locator('label', { hasText: 'Cittadini' }).click();
    await loginWithSpid(page, CITIZEN_URL, PERSON);
    expect(new URL(page.url()).pathname).toBe('/profilo');

    // (1) no DID: revoke one left by an earlier journey, then the card asks to declare availability
    const before = await apiFromPage<{ active?: { id: string } }>(page, 'GET', '/citizen/patto/did');
    if (before.body.active) expect((await apiFromPage(page, 'POST', '/citizen/patto/did/revoke', { reason: 'Prova della pagina iniziale' })).status).toBeLessThan(300);
    expect((await apiFromPage<{ active?: unknown }>(page, 'GET', '/citizen/patto/did')).body.active).toBeUndefined();
    await home(page);
    const did = await card(page, 'Disponibilità al lavoro (DID)');
    await screenshot(page, 'citizen-home-no-did');
    await did.getByText('Non hai una DID attiva.').waitFor();
    await page.getByRole('link', { name: 'Ho bisogno di aiuto' }).first().waitFor(); // the help entrance stays visible
    await expectAccessible(page, 'citizen home: no DID (mobile)');
    await did.getByRole('link', { name: 'Dichiara la tua disponibilità' }).click();
    await page.getByRole('heading', { level: 1, name: 'La mia disponibilità al lavoro (DID)' }).waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(await crumbs.getByRole('link', { name: 'La mia situazione' }).getAttribute('href')).toBe('/profilo');
    expect(await page.getByRole('link', { name: 'Torna al mio profilo' }).count()).toBe(0);

    // (2) DID active: filed through the API, the card says since when
    const filed = await apiFromPage(page, 'POST', '/citizen/patto/did', {
      workCondition: 'no_job',
      benefit: 'none',
      citizenship: 'IT',
      education: [{ title: 'Diploma di ragioneria', eqfLevel: 4 }],
      jobs: [],
      languages: [],
      licences: ['B'],
      declaration: true,
    });
    expect(filed.status).toBeLessThan(300);
    await home(page); // a fresh load: the DID was filed outside this page's cache
    await (await card(page, 'Disponibilità al lavoro (DID)')).getByText(/^Attiva dal /).waitFor();
    await expectAccessible(page, 'citizen home: DID active (mobile)');

    // (3) the next appointment: booked through the API on the first free slot from tomorrow (a weekend has none)
    const services = await apiFromPage<{ items: { code: string; channels: string[] }[] }>(page, 'GET', '/citizen/agenda/service-types');
    let slot: { id: string } | undefined;
    // not "prima accoglienza": the intermediary journey books that one for Elena (one live booking per service)
    for (const service of services.body.items.filter((x) => x.channels.includes('in_person') && x.code !== 'prima-accoglienza')) {
      const free = await apiFromPage<{ items: { id: string }[] }>(page, 'GET', `/citizen/agenda/slots?serviceType=${service.code}&channel=in_person&from=${romeDate(1)}&limit=1`);
      slot = free.body.items?.[0];
      if (slot) break;
    }
    expect(slot).toBeDefined();
    const booked = await apiFromPage<{ id: string }>(page, 'POST', '/citizen/agenda/appointments', { slotId: slot?.id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    await home(page);
    const next = await card(page, 'Prossimo appuntamento');
    await next.getByText(/, alle \d{2}:\d{2}$/).waitFor();
    await next.getByRole('link', { name: /^Sposta l'appuntamento del / }).waitFor();
    await expectAccessible(page, 'citizen home: appointment booked (mobile)');
    await next.getByRole('link', { name: /^Sposta l'appuntamento del / }).click();
    await page.getByRole('heading', { level: 1, name: "Sposta l'appuntamento" }).waitFor();
    await page.getByRole('navigation', { name: 'Percorso di navigazione' }).getByRole('link', { name: 'I miei appuntamenti' }).waitFor();

    // (4) a patto to sign: the operator profiles Elena and proposes a patto through the API
    const me = await apiFromPage<{ id: string }>(page, 'GET', '/citizen/registry/profile');
    const operator = await newUserPage(browser);
    await loginWithSpid(operator.page, OPERATOR_URL, 'Luca Verdi');
    expect((await apiFromPage(operator.page, 'POST', `/operator/patto/citizens/${me.body.id}/profiling`)).status).toBeLessThan(300);
    const draft = await apiFromPage<{ id: string }>(operator.page, 'POST', '/operator/patti', {
      citizenId: me.body.id,
      pathway: 1,
      jobSearchActs: 'Due candidature al mese a offerte coerenti.',
      contactFrequencyDays: 30,
      proofOfSearch: 'Copia delle candidature inviate.',
      availability: { workshops: true, training: true, congruousOffers: true },
      actions: [{ type: 'job_search_workshop', title: 'Laboratorio per il curriculum', provider: 'cpi', dueDate: romeDate(20) }],
    });
    expect(draft.status).toBeLessThan(300);
    expect((await apiFromPage(operator.page, 'POST', `/operator/patti/${draft.body.id}/propose`)).status).toBeLessThan(300);
    await operator.context.close();

    await home(page);
    const patto = await card(page, 'Patto di servizio');
    await patto.getByText('Il tuo patto è pronto: va firmato.').waitFor();
    // the plan tells the same state: the patto's action is not in force yet
    await (await card(page, 'Il mio piano')).getByText('Le azioni del patto entrano nel piano quando il patto è firmato da tutti.').waitFor();
    await expectAccessible(page, 'citizen home: patto to sign (mobile)');
    await patto.getByRole('link', { name: 'Leggi e firma il patto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Il mio patto di servizio' }).waitFor();
    await page.getByRole('heading', { name: 'Firma il patto' }).waitFor();
    await page.getByText('Da firmare').first().waitFor();
    await expectAccessible(page, 'citizen patto to sign, with breadcrumb (mobile)');

    // the main navigation (folded behind "Menu" on a phone) leads to the other pages
    await goViaCitizenNav(page, 'Patto e piano');
    await goViaCitizenNav(page, 'I miei certificati');
    await page.getByRole('heading', { level: 1, name: 'I miei certificati' }).waitFor();
    await context.close();
  });

  it('desktop: the main navigation in a row, the landing page offers the two entrances', async () => {
    const { context, page } = await newUserPage(browser);
    await openLanding(page, CITIZEN_URL);
    const entrance = page.getByRole('group', { name: 'Chi sei' });
    await entrance.getByRole('radio', { name: 'Cittadini' }).waitFor();
    await entrance.locator('label', { hasText: 'Imprese' }).click();
    await page.getByText("dopo l'accesso entrerai nell'area imprese").waitFor();
    await expectAccessible(page, 'landing page with the two entrances');
    await entrance.locator('label', { hasText: 'Cittadini' }).click();
    await loginWithSpid(page, CITIZEN_URL, PERSON);
    await page.getByRole('heading', { level: 1, name: 'La mia situazione' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu principale' });
    await nav.getByRole('link', { name: 'La mia situazione' }).waitFor();
    expect(await nav.getByRole('link', { name: 'La mia situazione' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'citizen home (desktop)');
    await nav.getByRole('link', { name: 'Appuntamenti', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'I miei appuntamenti' }).waitFor();
    await expectAccessible(page, 'citizen appointments with navigation (desktop)');
    await context.close();
  });
});
