import { KpiCache } from './kpi-cache';

describe('the aggregates cache between refreshes', () => {
  it('answers a key from the first read until the TTL, then reads again; forgets a failed read', async () => {
    const cache = new KpiCache(1000, 2);
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await cache.get('a', read, 0)).toBe(1);
    expect(await cache.get('a', read, 999)).toBe(1);
    expect(await cache.get('a', read, 1000)).toBe(2);
    await expect(cache.get('b', () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down');
    expect(await cache.get('b', read, 1)).toBe(3);
  });
  it('keeps at most `max` keys, dropping the oldest', async () => {
    const cache = new KpiCache(10_000, 2);
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    await cache.get('a', read, 0);
    await cache.get('b', read, 0);
    await cache.get('c', read, 0);
    expect(await cache.get('a', read, 0)).toBe(4); // 'a' was dropped
  });
});
