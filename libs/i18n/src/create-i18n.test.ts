import { describe, expect, it } from 'vitest';
import { isolateLatinInRtl } from './bidi';
import { createI18n, textsAreComplete } from './create-i18n';
import { LANGUAGE_STORAGE_KEY, localeOf } from './language';
import { arCitizen } from './locales/ar/citizen';
import { arCommon } from './locales/ar/common';
import { itCitizen } from './locales/it/citizen';
import { itCitizenFirst } from './locales/it/citizen-first';
import { itCommon } from './locales/it/common';
import { roCommon } from './locales/ro/common';

describe('createI18n: languages per app, loaded on demand, <html lang dir> in step', () => {
  it('starts in Italian, then loads a language when chosen and turns the page right to left for Arabic', async () => {
    const i18n = createI18n('citizen');
    await i18n.ready;
    expect(document.documentElement.lang).toBe('it');
    expect(document.documentElement.dir).toBe('ltr');
    // the citizen namespace is a chunk even in Italian: ready once it is there
    expect(i18n.t('login.title', { ns: 'citizen' })).toBe(itCitizen.login.title);

    await i18n.changeLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    // a Latin name in brackets is isolated, so that it reads in order inside Arabic text
    expect(i18n.t('login.title', { ns: 'citizen' })).toBe(isolateLatinInRtl(arCitizen.login.title));
    expect(i18n.t('login.title', { ns: 'citizen' })).toContain("\u2068(Centro per l'Impiego)\u2069");
    expect(i18n.getFixedT('it', 'citizen')('login.title')).toBe(itCitizen.login.title);
    // objects too (the legal pages read their sections with returnObjects)
    const privacy = i18n.t('legal.privacy', { returnObjects: true }) as unknown as { intro: string };
    expect(privacy.intro).toBe(isolateLatinInRtl(arCommon.legal.privacy.intro));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');

    await i18n.changeLanguage('ro');
    expect(document.documentElement.dir).toBe('ltr');
    expect(i18n.t('layout.language')).toBe(roCommon.layout.language);
    expect(i18n.t('login.title', { ns: 'citizen' })).not.toContain('\u2068');
  });

  it('starts in the language saved by the switch, once its texts are loaded', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    const i18n = createI18n('citizen');
    await i18n.ready;
    expect(i18n.language).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18n.t('login.title', { ns: 'citizen' })).toBe(isolateLatinInRtl(arCitizen.login.title));
  });

  it('starts with the first texts bundled, loads the whole Italian ones when asked, and switches to Italian only with them', async () => {
    window.localStorage.clear();
    const i18n = createI18n('citizen', { first: itCitizenFirst });
    await i18n.ready;
    expect(i18n.t('login.title', { ns: 'citizen' })).toBe(itCitizen.login.title);
    expect(i18n.exists('agenda.list.title', { ns: 'citizen' })).toBe(false);
    expect(i18n.exists('errors.title')).toBe(false);
    expect(textsAreComplete()).toBe(false);
    await i18n.complete;
    expect(textsAreComplete()).toBe(true);
    expect(i18n.t('agenda.list.title', { ns: 'citizen' })).toBe(itCitizen.agenda.list.title);
    expect(i18n.t('errors.title')).toBe(itCommon.errors.title);
    expect(i18n.t('login.title', { ns: 'citizen' })).toBe(itCitizen.login.title);

    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const english = createI18n('citizen', { first: itCitizenFirst });
    await english.ready;
    expect(textsAreComplete()).toBe(true); // English is one whole chunk per namespace
    await english.changeLanguage('it');
    expect(english.t('agenda.list.title', { ns: 'citizen' })).toBe(itCitizen.agenda.list.title);
  });

  it('offers the back office in Italian and English only: a saved Arabic choice opens it in Italian', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');
    const i18n = createI18n('operator');
    await i18n.ready;
    expect(i18n.language).toBe('it');
    expect(document.documentElement.dir).toBe('ltr');
    expect((i18n.options.supportedLngs || []).filter((l) => l !== 'cimode')).toEqual(['it', 'en']);
  });

  it('formats dates for an Arabic reader in Italy with Latin digits and the 24-hour clock', () => {
    const text = new Intl.DateTimeFormat(localeOf('ar'), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(
      new Date('2026-12-04T16:30:00Z'),
    );
    expect(text).toMatch(/04.*12.*2026.*17:30/);
    expect(text).not.toMatch(/[٠-٩]/);
  });
});
