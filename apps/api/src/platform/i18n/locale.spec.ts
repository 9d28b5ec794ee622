import { inLocale, localeFromAcceptLanguage, resolveLocale, SUPPORTED_LOCALES, toLocale } from './locale';

describe('platform locale', () => {
  it('supports Italian, English, Arabic, Romanian and Ukrainian, Italian first', () => {
    expect(SUPPORTED_LOCALES).toEqual(['it', 'en', 'ar', 'ro', 'uk']);
  });

  it('reads a stored locale, ignoring case and region, and falls back to Italian', () => {
    expect(toLocale('ro')).toBe('ro');
    expect(toLocale('uk-UA')).toBe('uk');
    expect(toLocale('AR')).toBe('ar');
    expect(toLocale('de')).toBe('it');
    expect(toLocale(null)).toBe('it');
  });

  it('picks the best supported language of Accept-Language by weight', () => {
    expect(localeFromAcceptLanguage('ar-MA,ar;q=0.9,fr;q=0.8')).toBe('ar');
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,ro;q=0.5,en;q=0.6')).toBe('en');
    expect(localeFromAcceptLanguage('ua')).toBe('uk');
    expect(localeFromAcceptLanguage('de, fr;q=0.5')).toBeUndefined();
    expect(localeFromAcceptLanguage('ro;q=0, it')).toBe('it');
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });

  it("prefers the person's chosen language to their browser's", () => {
    expect(resolveLocale({ preference: 'uk', acceptLanguage: 'ro' })).toBe('uk');
    expect(resolveLocale({ preference: null, acceptLanguage: 'ro-RO,ro;q=0.9' })).toBe('ro');
    expect(resolveLocale({})).toBe('it');
  });

  it("picks the catalogue's entry in the locale (every locale is required by the type)", () => {
    const hello = { it: 'ciao', en: 'hello', ar: 'مرحبا', ro: 'salut', uk: 'привіт' };
    expect(inLocale(hello, 'ar')).toBe('مرحبا');
    expect(inLocale(hello, 'ro')).toBe('salut');
    expect(inLocale(hello, 'uk')).toBe('привіт');
    expect(inLocale(hello, 'it')).toBe('ciao');
    // @ts-expect-error a catalogue without Arabic, Romanian and Ukrainian does not compile
    expect(inLocale({ it: 'ciao', en: 'hello' }, 'it')).toBe('ciao');
  });
});
