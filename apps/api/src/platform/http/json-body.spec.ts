import { JSON_MAX_DEPTH, jsonDepthExceeds } from './json-body';

const deeper = (n: number) => Buffer.from(`${'['.repeat(n)}${']'.repeat(n)}`);

describe('jsonDepthExceeds (scanned on the raw bytes before JSON.parse)', () => {
  it('accepts the limit and refuses one level more, for arrays and objects', () => {
    expect(jsonDepthExceeds(deeper(JSON_MAX_DEPTH), JSON_MAX_DEPTH)).toBe(false);
    expect(jsonDepthExceeds(deeper(JSON_MAX_DEPTH + 1), JSON_MAX_DEPTH)).toBe(true);
    expect(jsonDepthExceeds(Buffer.from(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`), JSON_MAX_DEPTH)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ s: '[[[[{{{{'.repeat(20), t: 'a\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' });
    expect(jsonDepthExceeds(Buffer.from(text), 2)).toBe(false);
    expect(JSON.parse(text)).toBeTruthy();
  });

  it('counts siblings once: many shallow arrays are not deep', () => {
    expect(jsonDepthExceeds(Buffer.from(JSON.stringify(Array(1000).fill([[1]]))), 3)).toBe(false);
  });
});
