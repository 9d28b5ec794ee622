import { CompactSign, generateKeyPair } from 'jose';
import type { Browser } from 'playwright-core';
import { CITIZEN_URL, expectAccessible, launchBrowser, newUserPage, screenshot } from './browser';

/**
 * The public verification page of digital credentials (issue 15), without a session: a credential of an issuer this
 * deployment does not trust, pasted, is answered "Emittente non riconosciuto" with the failed check in words and what
 * the credential claims (marked not confirmed); garbage is "not a credential". axe on each state. (A real badge, issued
 * by the IVC flow and found valid, is ivc.e2e.ts.)
 */
describe('credentials: the public verification page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('names the failed check of an untrusted credential and of garbage', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const issuer = 'did:web:badges.example.org';
    const vc = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:7b0c0000-0000-4000-8000-000000000001',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Saldatura a filo',
      issuer: { id: issuer, type: ['Profile'], name: 'Ente sconosciuto' },
      iss: issuer,
      validFrom: '2026-01-15T09:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: { id: 'urn:example:a', type: ['Achievement'], name: 'Saldatura a filo', description: 'x', criteria: { narrative: 'Esame pratico' } },
      },
    };
    const jwt = await new CompactSign(Buffer.from(JSON.stringify(vc))).setProtectedHeader({ alg: 'ES256', typ: 'vc+jwt', kid: `${issuer}#key-1` }).sign(privateKey);

    const { context, page } = await newUserPage(browser, { mobile: true });
    await page.goto(`${CITIZEN_URL}/verifica-credenziale`);
    await page.getByRole('heading', { level: 1, name: 'Verifica una credenziale digitale' }).waitFor();
    await expectAccessible(page, 'public credential verification: empty');
    await page.getByRole('textbox', { name: 'Credenziale' }).fill(jwt);
    await page.getByRole('button', { name: 'Verifica la credenziale' }).click();
    await page.getByText('Emittente non riconosciuto', { exact: true }).waitFor();
    await page.getByText('Controllo non superato: emittente riconosciuto').waitFor();
    await page.getByText('Dati come riportati nella credenziale, non confermati.').waitFor();
    await page.getByText('Ente sconosciuto (did:web:badges.example.org)').waitFor();
    await expectAccessible(page, 'public credential verification: untrusted issuer');
    await screenshot(page, 'public-credential-untrusted');

    await page.getByRole('textbox', { name: 'Credenziale' }).fill('non è una credenziale');
    await page.getByRole('button', { name: 'Verifica la credenziale' }).click();
    await page.getByText('Non è una credenziale valida', { exact: true }).waitFor();
    await page.getByText('Controllo non superato: formato della credenziale').waitFor();
    await expectAccessible(page, 'public credential verification: not a credential');
    await context.close();
  });
});
