/**
 * The shape every translation must have: the keys of the Italian source catalogue, every leaf a string.
 * `const enX: Catalogue<typeof itX> = {...}` makes a missing or extra key a compile error.
 */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
