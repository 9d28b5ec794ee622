import { outsideQuietHours } from './notifications.service';

describe('quiet hours (Europe/Rome)', () => {
  const quiet = { start: '21:00', end: '08:00' };
  it('moves a message written at 23:30 Rome to 08:00 the next morning', () => {
    // 2026-11-23 23:30 Rome = 22:30 UTC (CET)
    expect(outsideQuietHours(new Date('2026-11-23T22:30:00Z'), quiet).toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });
  it('moves a message written at 06:00 Rome to 08:00 the same day, in summer time too', () => {
    expect(outsideQuietHours(new Date('2026-07-10T04:00:00Z'), quiet).toISOString()).toBe('2026-07-10T06:00:00.000Z');
  });
  it('leaves daytime messages alone, and does nothing without quiet hours', () => {
    const noon = new Date('2026-11-23T11:00:00Z');
    expect(outsideQuietHours(noon, quiet)).toBe(noon);
    expect(outsideQuietHours(new Date('2026-11-23T22:30:00Z'), { start: null, end: null }).toISOString()).toBe('2026-11-23T22:30:00.000Z');
  });
});
