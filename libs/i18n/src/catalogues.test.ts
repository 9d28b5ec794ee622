/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import exceptionsFile from '../glossary/exceptions.json';
import { glossaryDifferences, keyDifferences, leavesOf, markerDifferences, type Glossary, type Leaves } from './catalogue-check';
import { SUPPORTED_LANGUAGES } from './language';

/*
 * Every language has every key of the Italian source (common + citizen; the back office's `operator` namespace in
 * English only: it is not offered in ar/ro/uk), the same placeholders, $t() nestings and Trans tags, and the term of
 * its glossary (libs/i18n/glossary/<lang>.json) wherever the Italian text uses a glossary term.
 */
type Tree = { readonly [key: string]: string | Tree };
// lazy: a language whose files are still being written fails its own tests, not the whole file
const modules = import.meta.glob<Record<string, Tree>>(['./locales/*/common.ts', './locales/*/citizen.ts', './locales/*/operator.ts']);
const glossaries = import.meta.glob<Glossary>('../glossary/*.json', { eager: true, import: 'default' });
const exceptions = exceptionsFile as unknown as Record<string, { key: string; term: string; reason: string }[]>;

const NAMESPACES = { common: 'Common', citizen: 'Citizen', operator: 'Operator' } as const;
type Ns = keyof typeof NAMESPACES;

/** the catalogue of a language and namespace (export `arCitizen` of locales/ar/citizen.ts), undefined if not written */
async function catalogue(language: string, ns: Ns): Promise<Leaves | undefined> {
  const load = modules[`./locales/${language}/${ns}.ts`];
  const exported = load ? (await load())[`${language}${NAMESPACES[ns]}`] : undefined;
  return exported ? leavesOf(exported) : undefined;
}
async function italian(ns: Ns): Promise<Leaves> {
  const it = await catalogue('it', ns);
  if (!it) throw new Error(`no Italian ${ns} catalogue`);
  return it;
}

const TRANSLATIONS = SUPPORTED_LANGUAGES.filter((l) => l !== 'it');
const cases: [string, Ns][] = [...TRANSLATIONS.flatMap((l) => (['common', 'citizen'] as Ns[]).map((ns): [string, Ns] => [l, ns])), ['en', 'operator']];

describe('translated catalogues', () => {
  it.each(cases)('%s has every key of the Italian %s namespace, and no other', async (language, ns) => {
    const other = await catalogue(language, ns);
    expect(other, `libs/i18n/src/locales/${language}/${ns}.ts is missing`).toBeDefined();
    expect(keyDifferences(await italian(ns), other ?? new Map())).toEqual({ missing: [], extra: [] });
  });

  it.each(cases)('%s keeps the placeholders, nestings and Trans tags of the Italian %s namespace', async (language, ns) => {
    const other = await catalogue(language, ns);
    expect(other, `libs/i18n/src/locales/${language}/${ns}.ts is missing`).toBeDefined();
    expect(markerDifferences(await italian(ns), other ?? new Map())).toEqual([]);
  });

  it.each(cases)('%s uses its glossary term wherever the Italian %s text uses a glossary term', async (language, ns) => {
    const glossary = glossaries[`../glossary/${language}.json`];
    expect(glossary, `libs/i18n/glossary/${language}.json is missing`).toBeDefined();
    const other = await catalogue(language, ns);
    expect(other, `libs/i18n/src/locales/${language}/${ns}.ts is missing`).toBeDefined();
    const allowed = new Set((exceptions[language] ?? []).filter((e) => e.key.startsWith(`${ns}:`)).map((e) => `${e.key.slice(ns.length + 1)}|${e.term}`));
    expect(glossaryDifferences(await italian(ns), other ?? new Map(), glossary ?? { language, terms: [] }, allowed)).toEqual([]);
  });

  it('has one English term per Italian glossary term, and every glossary lists the Italian terms it translates', () => {
    const source = glossaries['../glossary/it.json'];
    expect(source).toBeDefined();
    const en = glossaries['../glossary/en.json'];
    expect(en?.terms.map((t) => t.it)).toEqual(source?.terms.map((t) => t.it));
    for (const language of TRANSLATIONS) {
      for (const term of glossaries[`../glossary/${language}.json`]?.terms ?? []) {
        expect(term[language], `${language}: "${term.it}" has no translation`).toBeTruthy();
      }
    }
  });
});

describe('glossary matching', () => {
  it('finds an Italian term as a whole word, and a translation by its stem', async () => {
    const { italianUses, translationUses } = await import('./catalogue-check');
    expect(italianUses('Il tuo candidato', 'DID')).toBe(false);
    expect(italianUses('Vai al Centro per l’Impiego', "Centro per l'Impiego")).toBe(true);
    expect(translationUses('Mergi la Centrului pentru Ocuparea Forței de Muncă', ['Centrul pentru Ocuparea Forței de Muncă'])).toBe(true);
    expect(translationUses('Зверніться до центру зайнятості', ['центр зайнятості'])).toBe(true);
    expect(translationUses('اذهب إلى مركز التوظيف', ['مركز التوظيف'])).toBe(true);
    expect(translationUses('Go to the Job Centre', ['Employment Centre'])).toBe(false);
  });
});
