import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, todayInRome } from './calendar-date';

describe('calendar dates in Europe/Rome', () => {
  it("today is Rome's day, whatever the instant's UTC day (winter +1, summer +2)", () => {
    expect(todayInRome(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(todayInRome(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(todayInRome(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
  });

  it('around the DST changes (29 March and 25 October 2026)', () => {
    // 01:59 CET on 29 March, then clocks jump to 03:00 CEST
    expect(todayInRome(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
    expect(todayInRome(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    // 25 October: 23:30 CET is 22:30Z, still the 25th
    expect(todayInRome(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
    expect(todayInRome(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('isIsoDate: real calendar days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-1-05')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
