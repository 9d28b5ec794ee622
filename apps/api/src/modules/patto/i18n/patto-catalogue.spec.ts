import { fill, PATTO_CATALOGUE, pattoLocale } from './patto-catalogue';

/** Every leaf as [path, text] (keys such as `did.filed` contain dots: paths are arrays). */
const leaves = (o: object, path: string[] = []): [string[], string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[[...path, k], v] as [string[], string]] : leaves(v as object, [...path, k])));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the patto server catalogue', () => {
  it('has the same keys and the same placeholders in Italian and English', () => {
    const it = leaves(PATTO_CATALOGUE.it).map(([p, s]) => [p.join(' › '), placeholders(s)]);
    const en = leaves(PATTO_CATALOGUE.en).map(([p, s]) => [p.join(' › '), placeholders(s)]);
    expect(en).toEqual(it);
  });

  it('fills placeholders and falls back to Italian for an unknown locale', () => {
    expect(fill(PATTO_CATALOGUE.en.timeline['patto.proposed'], { version: 3 })).toBe('Service agreement proposed (version 3)');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(pattoLocale('de')).toBe('it');
    expect(pattoLocale('en')).toBe('en');
  });
});
