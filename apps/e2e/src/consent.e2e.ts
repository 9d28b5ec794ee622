import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { API_URL, CITIZEN_URL, OPERATOR_URL, apiFromPage, expectAccessible, launchBrowser, loginWithSpid, newUserPage, screenshot, goViaCitizenNav } from './browser';

const MARIO = 'RSSMRA85T10L219G';
const TALENTI = 'Talenti Piemonte S.p.A.'; // accredited in Piemonte (PIE-APL-002), Mario's region

interface Grant {
  id: string;
  agencyId: string;
  agencyName: string;
  part: string;
  purpose: string;
  state: string;
}

const db = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
  const c = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
};

/**
 * The agency's software, as agencies.test-kit.ts sets one up: an ES256 key made here, a client registered with its
 * public key (scope people:read) and an active accreditation, then an access token from the real token endpoint
 * (private_key_jwt). Returns a GET with the bearer token.
 */
async function agencySoftware(agencyId: string): Promise<(path: string) => Promise<{ status: number; body: AgencyAssignment & { items?: AgencyAssignment[] } }>> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const kid = randomUUID();
  const clientId = `e2e-consent-${randomUUID()}`;
  await db(async (c) => {
    await c.query(`INSERT INTO agencies.clients (client_id, agency_id, name, jwks, scopes) VALUES ($1, $2, 'E2E consent journey', $3, $4)`, [
      clientId,
      agencyId,
      JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] }),
      ['people:read'],
    ]);
    await c.query(
      `INSERT INTO agencies.accreditations (agency_id, number, status, valid_from, valid_until, service_codes, office_ids, areas)
       VALUES ($1, 'E2E-CONSENT', 'active', '2020-01-01', NULL, '{}', '{}', '{}') ON CONFLICT (agency_id) DO UPDATE SET status = 'active', valid_until = NULL`,
      [agencyId],
    );
  });
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(`${API_URL}/agency/v1/oauth/token`)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setExpirationTime(now + 120)
    .sign(privateKey);
  const tokenRes = await fetch(`${API_URL}/agency/v1/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: 'people:read',
    }),
  });
  const token = ((await tokenRes.json()) as { access_token?: string }).access_token;
  if (!token) throw new Error(`token refused: ${tokenRes.status}`);
  return async (path) => {
    const res = await fetch(`${API_URL}/agency/v1${path}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    return { status: res.status, body: await res.json() };
  };
}

interface AgencyAssignment {
  id: string;
  person: { citizenId: string; consented: boolean; fiscalCode?: string };
}

async function openConsentPage(page: Page): Promise<void> {
  await goViaCitizenNav(page, 'Chi può vedere i miei dati');
  await page.getByRole('heading', { level: 1, name: 'Chi può vedere i miei dati' }).waitFor();
}

/**
 * Journey (issue 14, browser 2): Mario grants an agency access to some of his data, the agency's software reads it
 * through the agency API (token, consent checked), he revokes (the agency no longer sees it) and sees the read.
 */
describe('consent: the person decides which agency sees what', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('grants an agency access, the agency reads, he revokes it (the agency is refused) and sees the read in the log', async () => {
    // the CPI assigns Mario to Talenti Piemonte (GOL), whose software reads its assignments with a token
    const [{ agencyId, citizenId }] = (
      await db((c) =>
        c.query(`SELECT a.id AS "agencyId", c.id AS "citizenId" FROM registry.agencies a, registry.citizens c WHERE a.accreditation_code = 'PIE-APL-002' AND c.fiscal_code = $1`, [
          MARIO,
        ]),
      )
    ).rows;
    const agency = await agencySoftware(agencyId);
    const op = await newUserPage(browser);
    await loginWithSpid(op.page, OPERATOR_URL, 'Luca Verdi');
    const assigned = await apiFromPage<{ id: string }>(op.page, 'POST', '/operator/agencies/assignments', { citizenId, agencyId, pathway: 'gol' });
    expect([201, 409]).toContain(assigned.status); // 409: already assigned by another journey
    await op.context.close();
    const assignment = (await agency('/assignments')).body.items?.find((a) => a.person.citizenId === citizenId);
    expect(assignment?.person.consented).toBe(false); // no grant yet: the minimal identity only

    const { context, page } = await newUserPage(browser, { mobile: true });
    await loginWithSpid(page, CITIZEN_URL, 'Mario Rossi');
    await openConsentPage(page);
    // the demo seed's grant (LavoroPiù, professional profile) is there
    const current = page.getByRole('list', { name: 'Le autorizzazioni in corso' });
    await current.getByRole('heading', { name: 'LavoroPiù S.r.l.' }).waitFor();
    await page.getByRole('heading', { name: 'Chi ha letto i miei dati' }).waitFor();
    await page.getByRole('heading', { name: 'Ho bisogno di aiuto' }).waitFor();
    await expectAccessible(page, 'citizen consent page');

    // the form: nothing chosen → errors on the fields
    await page.getByRole('button', { name: 'Dai il permesso' }).click();
    await page.getByText("Scegli un'agenzia.").waitFor();
    await page.getByText('Scegli almeno un tipo di dati.').waitFor();
    await expectAccessible(page, 'citizen consent form with field errors');
    await page.getByLabel('Agenzia', { exact: true }).selectOption({ label: `${TALENTI} (accreditamento PIE-APL-002)` });
    await page.getByLabel('Dati anagrafici e contatti', { exact: true }).check();
    await page.getByLabel('Piano delle attività', { exact: true }).check();
    await page.getByLabel('Per quale motivo').selectOption('gol_pathway');
    await page.getByRole('button', { name: 'Dai il permesso' }).click();
    await page.getByRole('status').filter({ hasText: 'Permesso registrato.' }).waitFor();
    await current.getByRole('heading', { name: TALENTI }).first().waitFor();
    await expect(current.getByRole('heading', { name: TALENTI }).count()).resolves.toBe(2);
    await expectAccessible(page, 'citizen consent granted');
    await screenshot(page, 'citizen-consent-granted');

    // the agency's software reads his personal details under the grant (the agency API audits the read)
    const grants = await apiFromPage<{ items: Grant[] }>(page, 'GET', '/citizen/consent/grants');
    const registry = grants.body.items.find((g) => g.agencyName === TALENTI && g.part === 'registry' && g.state === 'active');
    expect(registry).toBeDefined();
    const read = await agency(`/assignments/${assignment?.id}`);
    expect(read.status).toBe(200);
    expect(read.body.person).toMatchObject({ consented: true, fiscalCode: MARIO });

    // he revokes it (after a confirmation): the grant moves to the past ones
    await page.getByRole('button', { name: `${TALENTI}: revoca il permesso di vedere «Dati anagrafici e contatti»` }).click();
    await page.getByText(`Vuoi togliere a ${TALENTI} il permesso di vedere «Dati anagrafici e contatti»?`).waitFor();
    await expectAccessible(page, 'citizen consent revoke confirmation');
    await page.getByRole('button', { name: 'Sì, revoca' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Permesso revocato: ${TALENTI} non può più vedere «Dati anagrafici e contatti».` })
      .waitFor();
    const past = page.getByRole('region', { name: 'Le autorizzazioni revocate o scadute' });
    await past.getByRole('row').filter({ hasText: TALENTI }).filter({ hasText: 'Revocata' }).waitFor();
    expect((await apiFromPage<{ items: Grant[] }>(page, 'GET', '/citizen/consent/grants')).body.items.find((g) => g.id === registry?.id)?.state).toBe('revoked');
    const after = await agency(`/assignments/${assignment?.id}`);
    expect(after.body.person.consented).toBe(false); // refused after revocation: no personal data
    expect(JSON.stringify(after.body)).not.toContain(MARIO);

    // and sees the agency's read, with the data and the purpose
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Chi può vedere i miei dati' }).waitFor();
    const log = page.getByRole('region', { name: 'Le letture dei tuoi dati da parte delle agenzie' });
    await log.getByRole('row').filter({ hasText: TALENTI }).filter({ hasText: 'Dati anagrafici e contatti' }).filter({ hasText: 'Seguirmi nel percorso GOL' }).waitFor();
    await expectAccessible(page, 'citizen consent access log');
    await screenshot(page, 'citizen-consent-access-log');
    await context.close();
  });
});
