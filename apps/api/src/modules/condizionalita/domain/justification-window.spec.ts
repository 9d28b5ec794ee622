import { justificationDeadline, windowClosesAt, windowOpenAt, windowParameterOf } from './justification-window';

describe('justification window (Europe/Rome)', () => {
  it('ends the day after the breach, that day included', () => {
    const deadline = justificationDeadline('2026-11-12', 1);
    expect(deadline).toBe('2026-11-13');
    expect(windowOpenAt(deadline, new Date('2026-11-13T22:59:59Z'))).toBe(true); // 23:59:59 in Rome (CET) on the last day
    expect(windowOpenAt(deadline, new Date('2026-11-13T23:00:00Z'))).toBe(false); // 00:00 of the day after
    expect(windowClosesAt(deadline).toISOString()).toBe('2026-11-13T23:00:00.000Z');
  });

  it('follows the clock change: the last day is the Sunday DST starts (23 hours long)', () => {
    // missed on Saturday 28/3/2026; last day Sunday 29/3, when Rome goes from +01:00 to +02:00
    const deadline = justificationDeadline('2026-03-28', 1);
    expect(deadline).toBe('2026-03-29');
    expect(windowClosesAt(deadline).toISOString()).toBe('2026-03-29T22:00:00.000Z'); // 00:00 CEST of Monday
    expect(windowOpenAt(deadline, new Date('2026-03-29T21:59:59Z'))).toBe(true);
    expect(windowOpenAt(deadline, new Date('2026-03-29T22:00:00Z'))).toBe(false); // a UTC+1 clock would still say Sunday 23:00
  });

  it('and when DST ends (the last day is 25 hours long)', () => {
    const deadline = justificationDeadline('2026-10-24', 1);
    expect(windowClosesAt(deadline).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(windowOpenAt(deadline, new Date('2026-10-25T22:30:00Z'))).toBe(true);
  });

  it('takes the window of appointments from its own parameter, the others from the analogy one', () => {
    expect(windowParameterOf('missed_appointment')).toBe('justification_window_days');
    expect(windowParameterOf('offer_refused')).toBe('justification_window_days_other');
    expect(() => justificationDeadline('2026-01-01', -1)).toThrow();
  });
});
