import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot } from './browser';

interface Indicator {
  code: string;
  value?: number | null;
  series: { month: string; value?: number | null }[];
  definition: { title: { it: string }; definition: { it: string }; sourceTables: string[]; available: boolean };
}
interface Dashboard {
  period: { from: string; to: string; months: string[] };
  indicators: Indicator[];
  offices: { id: string; name: string }[];
}
interface OpenData {
  period: { months: string[] };
  rows: { level: string; month: string; officeName?: string; values: Record<string, number | null>; suppressed: string[] }[];
}

/** The first page of the journey: the dashboard's heading, once the indicators have loaded. */
async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: "Sezioni dell'area operatori" }).getByRole('link', { name: 'Cruscotto' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cruscotto degli indicatori' }).waitFor();
  await page.locator('#indicatore-dids').waitFor();
}

/**
 * Journey (issue 16, browser 2): a CPI manager opens the dashboard, reads the DIDs chart and its table, drills down from
 * their offices to the CPI and to one operator, exports the period as CSV; a region admin compares every CPI against
 * the regional median; anyone reads the open data without logging in. The demo data are refreshed into the aggregates at
 * seed time, so every figure checked here is real (compared with the API's answer, not with a constant).
 */
describe('dashboard: a manager reads, drills down and exports; the public reads the open data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('(2) a manager reads a chart and its table, drills down to the CPI and an operator, and exports CSV', async () => {
    const { context, page } = await newUserPage(browser);
    await loginWithSpid(page, OPERATOR_URL, 'Paolo Colombo');
    await openDashboard(page);
    await expectAccessible(page, 'dashboard: the manager’s offices');

    const { body: mine } = await apiFromPage<Dashboard>(page, 'GET', '/operator/monitoring/dashboard');
    const dids = mine.indicators.find((i) => i.code === 'dids')!;
    expect(dids.value).toBeGreaterThan(0);
    const card = page.locator('#indicatore-dids');
    await card.getByRole('heading', { name: dids.definition.title.it }).waitFor();
    const chart = card.getByRole('img');
    await expect(chart.getAttribute('aria-label')).resolves.toContain(`${dids.definition.title.it}, I tuoi CPI: ${dids.value}`);
    await expect(card.locator('.recharts-surface').count()).resolves.toBe(1);
    await card.getByText(dids.definition.definition.it).waitFor();
    await card.getByText(dids.definition.sourceTables[0]!, { exact: true }).waitFor();

    await card.getByRole('button', { name: 'Mostra tabella' }).click();
    const table = card.getByRole('table', { name: `${dids.definition.title.it}, I tuoi CPI, mese per mese` });
    await table.waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(mine.period.months.length + 2);
    await table.getByRole('row').last().getByText(String(dids.value), { exact: true }).waitFor();
    await expect(card.getByRole('button', { name: 'Nascondi tabella' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await expectAccessible(page, 'dashboard: a chart with its table open');
    await screenshot(page, 'dashboard-manager');

    // the manager sees their own CPI against the regional median, and drills into it from the comparison table
    const compared = page.getByRole('table', { name: /: CPI a confronto$/ });
    await compared.waitFor();
    await expect(compared.getByRole('row').count()).resolves.toBe(1 + mine.offices.length);
    const torino = mine.offices.find((o) => o.name.includes('Torino'))!;
    await compared.getByRole('link', { name: torino.name }).click();
    await page.getByRole('heading', { level: 2, name: `Indicatori: ${torino.name}` }).waitFor();
    await page.waitForURL((u) => u.searchParams.get('cpi') === torino.id);
    const crumbs = page.getByRole('navigation', { name: 'Livello del cruscotto' });
    await crumbs.getByRole('link', { name: 'I tuoi CPI' }).waitFor();
    await expectAccessible(page, 'dashboard: one CPI');

    // below the CPI, its operators (as the API counts them): one of them opens their figures and the way to the worklist
    const { body: staff } = await apiFromPage<{ items: { staffId: string; name: string }[] }>(page, 'GET', `/operator/monitoring/offices/${torino.id}/operators`);
    const operators = page.getByRole('region', { name: 'Appuntamenti svolti per operatore' });
    await operators.waitFor();
    if (staff.items.length === 0) {
      // the demo data have no appointments or patti with an operator yet: the card says so instead of drawing nothing
      await operators.getByText('Nessun appuntamento o patto degli operatori nel periodo.').waitFor();
    } else {
      await operators.getByRole('button', { name: 'Mostra tabella' }).click();
      await expect(operators.getByRole('table').getByRole('rowheader').count()).resolves.toBe(staff.items.length);
      const first = staff.items[0]!;
      await operators.getByRole('table').getByRole('link', { name: first.name }).click();
      await page.getByRole('heading', { level: 2, name: first.name }).waitFor();
      await page.getByRole('link', { name: 'Apri la presa in carico del CPI' }).waitFor();
      await expectAccessible(page, 'dashboard: one operator');
      await crumbs.getByRole('link', { name: torino.name }).click();
      await page.getByRole('heading', { level: 2, name: `Indicatori: ${torino.name}` }).waitFor();
    }

    // the CPI's figures as CSV: the file the API writes for the same period and CPI
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Scarica CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^opencpi-indicatori-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split(/\r\n/);
    expect(header).toBe(['indicatore', 'titolo', 'unita', 'dettaglio', ...mine.period.months, 'periodo'].join(','));
    const { body: office } = await apiFromPage<Dashboard>(page, 'GET', `/operator/monitoring/dashboard?officeId=${torino.id}`);
    const officeDids = office.indicators.find((i) => i.code === 'dids')!;
    expect(
      lines
        .find((l) => l.startsWith('dids,'))!
        .split(',')
        .at(-1),
    ).toBe(String(officeDids.value));
    await context.close();
  });

  it('(2) a region admin compares every CPI against the regional median on a phone and goes down to one CPI', async () => {
    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, OPERATOR_URL, 'Sara Ricci');
    await page.goto(`${OPERATOR_URL}/cruscotto`);
    await page.getByRole('heading', { level: 1, name: 'Cruscotto degli indicatori' }).waitFor();
    await page.getByRole('navigation', { name: 'Livello del cruscotto' }).getByText('Tutta la Regione').waitFor();
    const { body: region } = await apiFromPage<Dashboard>(page, 'GET', '/operator/monitoring/dashboard');
    expect(region.offices.length).toBeGreaterThan(1);
    const compared = page.getByRole('table', { name: /: CPI a confronto$/ });
    await compared.waitFor();
    await page.getByText(/^Mediana regionale: /).waitFor();
    await expectAccessible(page, 'dashboard: the region on a phone');
    await screenshot(page, 'dashboard-region-mobile');
    await expect(compared.getByRole('row').count()).resolves.toBe(1 + region.offices.length);
    const ivrea = region.offices.find((o) => o.name.includes('Ivrea'))!;
    await page.getByRole('navigation', { name: 'Scendi a un CPI' }).getByRole('link', { name: ivrea.name }).click();
    await page.getByRole('heading', { level: 2, name: `Indicatori: ${ivrea.name}` }).waitFor();
    await expectAccessible(page, 'dashboard: one CPI on a phone');
    await context.close();
  });

  it('(open data) anyone reads the monthly indicators per CPI, with small cells suppressed, and downloads the CSV', async () => {
    const { context, page } = await newUserPage(browser);
    await page.goto(`${CITIZEN_URL}/dati-aperti`);
    await page.getByRole('heading', { level: 1, name: "Dati aperti dei Centri per l'Impiego" }).waitFor();
    const table = page.getByRole('table', { name: /^Indicatori per CPI, / });
    await table.waitFor();
    const open = (await (await page.request.get(`${CITIZEN_URL}/api/public/open-data/indicators`)).json()) as OpenData;
    const month = await page.getByLabel('Mese', { exact: true }).inputValue(); // the page opens on the latest month with figures
    expect(open.period.months).toContain(month);
    const latest = open.rows.filter((r) => r.month === month);
    expect(latest.length).toBeGreaterThan(1);
    await expect(table.getByRole('row').count()).resolves.toBe(1 + latest.length);
    // each CPI's DIDs read as the API publishes them: the figure, or "dato oscurato" when it counts fewer than 10 people
    const column = (await table.getByRole('columnheader').allTextContents()).indexOf('DID rilasciate');
    for (const row of latest.filter((r) => r.level === 'office')) {
      const cells = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: row.officeName!, exact: true }) })
        .getByRole('cell');
      const expected = row.suppressed.includes('dids') ? 'dato oscurato' : String(row.values['dids'] ?? 'n.d.');
      await expect(cells.nth(column - 1).textContent()).resolves.toBe(expected);
    }
    // a month where a CPI's DIDs are suppressed (fewer than 10 people, or derivable from the region's total), if any
    const hidden = open.rows.find((r) => r.level === 'office' && r.suppressed.includes('dids'));
    if (hidden) {
      await page.getByLabel('Mese', { exact: true }).selectOption(hidden.month);
      const row = page
        .getByRole('table', { name: /^Indicatori per CPI, / })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: hidden.officeName!, exact: true }) });
      await expect(
        row
          .getByRole('cell')
          .nth(column - 1)
          .textContent(),
      ).resolves.toBe('dato oscurato');
    }
    await page.getByText(/un valore che conta meno di 10 persone/).waitFor();
    await page.getByRole('link', { name: 'Metadati DCAT-AP_IT (JSON-LD)' }).waitFor();
    await page.getByRole('link', { name: 'Dizionario dei dati (JSON)' }).waitFor();
    await expectAccessible(page, 'open data');
    await screenshot(page, 'open-data');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Indicatori in formato CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^month,level,region_code,region_name,office_code,office_name,/);
    await context.close();
  });
});
