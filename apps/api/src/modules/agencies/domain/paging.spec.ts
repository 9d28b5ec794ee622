import { decodeCursor, encodeCursor, etagOf, ifMatchAccepts } from './paging';

describe('agency work paging', () => {
  const id = '0b0f7e52-5b1a-4c3e-9d7a-1f2e3d4c5b6a';

  it('round-trips a cursor and refuses a forged one', () => {
    const c = encodeCursor({ createdAt: '2026-12-03T08:00:00.123Z', id });
    expect(decodeCursor(c)).toEqual({ createdAt: '2026-12-03T08:00:00.123Z', id });
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(['yesterday', id])).toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(['2026-12-03T08:00:00Z', "1' OR 1=1"])).toString('base64url'))).toBeNull();
  });

  it('matches If-Match against the current version only', () => {
    const tag = etagOf(id, 3);
    expect(ifMatchAccepts(tag, tag)).toBe(true);
    expect(ifMatchAccepts(`"x", ${tag}`, tag)).toBe(true);
    expect(ifMatchAccepts('*', tag)).toBe(true);
    expect(ifMatchAccepts(etagOf(id, 2), tag)).toBe(false);
    expect(ifMatchAccepts(`W/${tag}`, tag)).toBe(false);
  });
});
