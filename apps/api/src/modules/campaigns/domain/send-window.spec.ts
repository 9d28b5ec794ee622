import { roomToday, windowState } from './send-window';
import { variantOf } from './variant';

describe('campaign send window', () => {
  const w = { startDate: '2026-03-28', endDate: '2026-03-30', sendFrom: '09:00', sendUntil: '18:00' };

  it('opens only on the window days, within the daily hours (from included, until excluded)', () => {
    expect(windowState(w, { date: '2026-03-27', time: '10:00' })).toBe('before');
    expect(windowState(w, { date: '2026-03-28', time: '08:59' })).toBe('closed_today');
    expect(windowState(w, { date: '2026-03-28', time: '09:00' })).toBe('open');
    expect(windowState(w, { date: '2026-03-29', time: '17:59' })).toBe('open'); // the DST Sunday, Rome wall clock
    expect(windowState(w, { date: '2026-03-29', time: '18:00' })).toBe('closed_today');
    expect(windowState(w, { date: '2026-03-30', time: '18:00' })).toBe('after');
    expect(windowState(w, { date: '2026-03-31', time: '10:00' })).toBe('after');
  });

  it('leaves room up to the cap, never below zero', () => {
    expect(roomToday(2, 0)).toBe(2);
    expect(roomToday(2, 2)).toBe(0);
    expect(roomToday(2, 5)).toBe(0);
  });

  it('assigns variants deterministically, about half each', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const first = ids.map((id) => variantOf('c1', id, 2));
    expect(ids.map((id) => variantOf('c1', id, 2))).toEqual(first);
    const a = first.filter((v) => v === 'A').length;
    expect(a).toBeGreaterThan(70);
    expect(a).toBeLessThan(130);
    expect(ids.every((id) => variantOf('c1', id, 1) === 'A')).toBe(true);
  });
});
