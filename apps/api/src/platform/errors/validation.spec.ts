import { MAX_VALUES, forbiddenValues } from './validation';

describe('forbiddenValues (checked on every body, query and path before the DTO)', () => {
  it('names each string with a NUL character, at any depth, and property names with one', () => {
    expect(forbiddenValues({ a: 'ok', b: [{ c: 'x\u0000' }], 'd\u0000': 1 }, '', false).map((e) => [e.pointer, e.constraint])).toEqual([
      ['/b/0/c', 'noNul'],
      ['/d\\u0000', 'noNul'],
    ]);
    expect(forbiddenValues('abc\u0000', '/token', true)).toEqual([expect.objectContaining({ pointer: '/token', constraint: 'noNul' })]);
  });

  it('refuses null in a JSON body (an optional field is left out), not in a query', () => {
    expect(forbiddenValues({ payMin: null, items: [null] }, '', false).map((e) => e.pointer)).toEqual(['/payMin', '/items/0']);
    expect(forbiddenValues({ q: null }, '', true)).toEqual([]);
  });

  it('escapes JSON pointer characters in property names', () => {
    expect(forbiddenValues({ 'a/b~c': 'x\u0000' }, '', false)[0]?.pointer).toBe('/a~1b~0c');
  });

  it('stops at MAX_VALUES values and names the array that holds them', () => {
    expect(forbiddenValues({ list: Array(MAX_VALUES - 1).fill(1) }, '', false)).toEqual([]); // the list itself is one value
    expect(forbiddenValues({ list: Array(MAX_VALUES + 1).fill(1) }, '', false)).toEqual([expect.objectContaining({ pointer: '/list', constraint: 'maxValues' })]);
    expect(forbiddenValues({ list: Array(50_000).fill({}) }, '', false)).toHaveLength(1);
  });
});
