import { addDays, italianDate, romeOffsetMinutes, romeParts, romeToInstant, todayRome } from './rome-time';

describe('Europe/Rome wall clock', () => {
  it('converts winter and summer times to the right instants', () => {
    expect(romeToInstant('2026-01-15', '09:00')?.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(romeToInstant('2026-07-15', '09:00')?.toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('handles the last Sunday of March (02:00 → 03:00 does not exist)', () => {
    expect(romeToInstant('2026-03-29', '01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(romeToInstant('2026-03-29', '02:30')).toBeNull();
    expect(romeToInstant('2026-03-29', '09:00')?.toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('handles the last Sunday of October (02:00–03:00 happens twice: the first is taken)', () => {
    expect(romeToInstant('2026-10-25', '02:30')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(romeToInstant('2026-10-25', '09:00')?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('reads instants back as Rome wall-clock time', () => {
    expect(romeParts(new Date('2026-10-25T08:00:00Z'))).toEqual({ date: '2026-10-25', time: '09:00', weekday: 7 });
    expect(romeOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60);
    expect(romeOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
  });

  it('gives the Rome date of an instant: 23:30 UTC on 31 December is already New Year in Rome', () => {
    expect(todayRome(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayRome(new Date('2026-07-31T21:59:00Z'))).toBe('2026-07-31');
    expect(todayRome(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01');
  });

  it('adds days across month ends and DST changes, and writes dates the Italian way', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(italianDate('2026-03-29')).toBe('29/03/2026');
  });
});
