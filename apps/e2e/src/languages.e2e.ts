import type { Browser } from 'playwright-core';
import { CITIZEN_URL, expectAccessible, launchBrowser, newUserPage, openLanding, screenshot } from './browser';

/**
 * Journey in Arabic: the landing page switched to العربية turns the page right to left (`<html dir="rtl" lang="ar">`),
 * the choice survives the SPID login, and a legal page says it is a translation and shows the binding Italian text
 * on request. axe on every page, in both directions.
 */
/** the Arabic texts the journey looks for (libs/i18n/src/locales/ar: browser tests do not import the libraries) */
const AR = {
  // the start of the heading: the Latin name in brackets after it is wrapped in a Unicode isolate (libs/i18n bidi.ts)
  loginTitle: 'ادخل إلى خدمات مركز التوظيف',
  spidButton: 'الدخول بـ SPID',
  homeTitle: 'وضعي',
  privacyLink: 'إشعار الخصوصية',
  privacyTitle: 'إشعار معالجة البيانات الشخصية',
  translationNotice: 'هذه ترجمة: النص الإيطالي هو المُلزِم.',
  showItalian: 'اقرأ النص باللغة الإيطالية',
  language: 'اللغة',
};

describe('citizen: the service in Arabic, right to left', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const direction = (page: import('playwright-core').Page) => page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

  it('switches the landing page to Arabic, logs in and reads a page right to left', async () => {
    const { page, context } = await newUserPage(browser, { mobile: true });
    await openLanding(page, CITIZEN_URL);
    await page.getByRole('heading', { level: 1, name: "Accedi ai servizi del Centro per l'Impiego" }).waitFor();
    expect(await direction(page)).toEqual({ dir: 'ltr', lang: 'it' });

    // the switch names every language in its own name
    const options = await page.getByLabel('Lingua').locator('option').allTextContents();
    expect(options).toEqual(['Italiano', 'English', 'العربية', 'Română', 'Українська']);
    await page.getByLabel('Lingua').selectOption({ label: 'العربية' });
    await page.getByRole('heading', { level: 1, name: AR.loginTitle }).waitFor();
    expect(await direction(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await expectAccessible(page, 'citizen landing (Arabic)');
    await screenshot(page, 'citizen-landing-arabic');

    // SPID login: the development IdP's page is Italian; back in the app, the language is still Arabic
    await page.getByRole('button', { name: AR.spidButton }).click();
    await page.getByRole('link', { name: /OpenCPI Test IdP/ }).click();
    await page.waitForURL(/\/api\/dev-idp\/spid\/sso/);
    await page.getByRole('button', { name: /Entra come Mario Rossi/ }).click();
    await page.waitForURL((u) => u.toString().startsWith(CITIZEN_URL) && !u.pathname.startsWith('/api'));
    await page.getByRole('heading', { level: 1, name: AR.homeTitle }).waitFor();
    expect(await direction(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await expectAccessible(page, 'citizen home (Arabic)');
    await screenshot(page, 'citizen-home-arabic');

    // a legal page: a translation, the Italian text binding and one click away
    await page.getByRole('contentinfo').getByRole('link', { name: AR.privacyLink }).click();
    await page.getByRole('heading', { level: 1, name: AR.privacyTitle }).waitFor();
    await page.getByText(AR.translationNotice).waitFor();
    expect(await direction(page)).toEqual({ dir: 'rtl', lang: 'ar' });
    await expectAccessible(page, 'privacy notice (Arabic)');
    await page.getByRole('button', { name: AR.showItalian }).click();
    const italian = page.getByRole('heading', { level: 1, name: 'Informativa sul trattamento dei dati personali' });
    await italian.waitFor();
    expect(await italian.evaluate((h) => h.closest('[lang]')?.getAttribute('lang'))).toBe('it');
    await expectAccessible(page, 'privacy notice (Italian text in the Arabic UI)');

    // back to Italian: left to right again
    await page.getByLabel(AR.language).selectOption({ label: 'Italiano' });
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    expect(await direction(page)).toEqual({ dir: 'ltr', lang: 'it' });
    expect((page as unknown as { failures: string[] }).failures.filter((f) => !f.includes('net::ERR_ABORTED'))).toEqual([]);
    await context.close();
  });
});
