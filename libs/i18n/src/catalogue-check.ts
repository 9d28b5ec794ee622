/**
 * Checks of a translated catalogue against the Italian source (used by catalogues.test.ts): same keys, same
 * placeholders and Trans tags, and the glossary's term wherever the Italian uses a glossary term. Test-time only.
 */

type Tree = { readonly [key: string]: string | Tree };
export type Leaves = Map<string, string>;

/** every leaf of a catalogue as `a.b.c` → text */
export function leavesOf(tree: Tree, prefix = '', into: Leaves = new Map()): Leaves {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else leavesOf(value, path, into);
  }
  return into;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** `a.x` for `a.x_one`; undefined for a key that is not a plural form */
const pluralBase = (key: string): string | undefined => (PLURAL.test(key) ? key.replace(PLURAL, '') : undefined);

/** Italian keys missing in the translation, and keys of the translation Italian does not have (extra CLDR plural forms of an Italian plural are fine) */
export function keyDifferences(it: Leaves, other: Leaves): { missing: string[]; extra: string[] } {
  const pluralBases = new Set([...it.keys()].map(pluralBase).filter((b): b is string => b !== undefined));
  const missing = [...it.keys()].filter((k) => !other.has(k));
  const extra = [...other.keys()].filter((k) => !it.has(k) && !pluralBases.has(pluralBase(k) ?? '\u0000'));
  return { missing, extra };
}

/** `{{name}}`, `$t(key)` and Trans tags (`<0>`, `</0>`, `<1/>`, `<strong>`) of a text, sorted; `count` left out (plural forms may or may not show the number) */
export function markersOf(text: string): string[] {
  // a value the API sends once per language (`serviceIt`, `serviceEn`) may be picked in the reader's: `{{service*}}`
  const placeholders = [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => `{{${(m[1] ?? '').replace(/(It|En|Ar|Ro|Uk)$/, '*')}}}`).filter((p) => p !== '{{count}}');
  const nestings = [...text.matchAll(/\$t\(([^)]*)\)/g)].map((m) => `$t(${m[1]})`);
  const tags = [...text.matchAll(/<\/?[0-9a-z]+\s*\/?>/gi)].map((m) => m[0].replace(/\s+/g, '').toLowerCase());
  return [...new Set(placeholders), ...nestings, ...tags].sort();
}

/** the Italian leaf a translated leaf is compared with: itself, or for an extra plural form (`x_few`) the Italian `x_other` */
export function italianOf(it: Leaves, key: string): string | undefined {
  if (it.has(key)) return it.get(key);
  const base = pluralBase(key);
  return base === undefined ? undefined : it.get(`${base}_other`);
}

export function markerDifferences(it: Leaves, other: Leaves): string[] {
  const out: string[] = [];
  for (const [key, text] of other) {
    const source = italianOf(it, key);
    if (source === undefined) continue;
    const a = markersOf(source).join(' ');
    const b = markersOf(text).join(' ');
    if (a !== b) out.push(`${key}: it [${a}] ≠ [${b}]`);
  }
  return out;
}

export interface GlossaryTerm {
  it: string;
  [language: string]: string | string[] | undefined;
}
export interface Glossary {
  language: string;
  terms: GlossaryTerm[];
}

const ARABIC_MARKS = /[\u064B-\u0652\u0670\u0640]/g; // harakat, superscript alef, tatweel
/** lower case, one kind of apostrophe, no Arabic vowel marks, alef variants unified */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’`´]/g, "'").replace(ARABIC_MARKS, '').replace(/[أإآ]/g, 'ا');
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/** the Italian term as a whole word or phrase (so that "DID" does not match "candidato") */
export function italianUses(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${normalise(term).replace(ESCAPE, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(normalise(text));
}

/**
 * A word's stem for inflected languages: Arabic without the article "ال"; words of 5+ letters lose their last two
 * letters, 4-letter words the last one ("зайнятості" ~ "зайнятость", "Centrului" ~ "Centrul", "programări" ~ "programare").
 */
function stem(word: string): string {
  const w = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  const letters = [...w];
  if (letters.length >= 5) return letters.slice(0, -2).join('');
  if (letters.length === 4) return letters.slice(0, -1).join('');
  return w;
}

/** the translation uses the glossary's term: the term itself, or every word of it (3+ letters) by its stem */
export function translationUses(text: string, translations: readonly string[]): boolean {
  const t = normalise(text);
  return translations.some((term) => {
    const n = normalise(term);
    if (t.includes(n)) return true;
    const words = n.split(/[\s'’-]+/).filter((w) => [...w].length >= 3);
    return words.length > 0 && words.every((w) => t.includes(stem(w)));
  });
}

/**
 * Leaves where the Italian uses a glossary term and the translation does not use its translation. A term entry may
 * give a list of accepted forms (`"ar": ["موعد", "مواعيد"]`, e.g. a broken plural) or an `<lang>Forms` list of extra
 * forms.
 */
export function glossaryDifferences(it: Leaves, other: Leaves, glossary: Glossary, exceptions: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const term of glossary.terms) {
    const own = term[glossary.language];
    const extra = term[`${glossary.language}Forms`];
    const translations = [...(Array.isArray(own) ? own : own ? [own] : []), ...(Array.isArray(extra) ? extra : [])];
    if (translations.length === 0) continue;
    for (const [key, text] of other) {
      const source = italianOf(it, key);
      if (source === undefined || !italianUses(source, term.it)) continue;
      if (exceptions.has(`${key}|${term.it}`)) continue;
      if (!translationUses(text, translations)) out.push(`${key}: "${term.it}" → expected "${translations.join('" or "')}" in "${text}"`);
    }
  }
  return out;
}
