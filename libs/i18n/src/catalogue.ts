/** The CLDR plural forms some languages need beyond Italian's `one`/`other` (ar: all six; uk: few, many; ro: few). */
type ExtraPluralForm = 'zero' | 'two' | 'few' | 'many';
/** `x` for a key `x_one` or `x_other` */
type PluralBase<K> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : never;

/**
 * The shape every translation must have: the keys of the Italian source catalogue, every leaf a string.
 * `const enX: Catalogue<typeof itX> = {...}` makes a missing or extra key a compile error. Next to a plural pair
 * `x_one`/`x_other` a language may add the other CLDR forms it needs (`x_zero`, `x_two`, `x_few`, `x_many`);
 * every Italian key stays required.
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> } & {
  [K in `${PluralBase<Extract<keyof T, string>>}_${ExtraPluralForm}`]?: string;
};
