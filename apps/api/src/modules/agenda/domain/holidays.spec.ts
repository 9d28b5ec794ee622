import { easterSunday, holidaysOf } from './holidays';

describe('Italian holidays', () => {
  it('computes Easter for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('includes Easter Monday, the fixed national days and the patron saint', () => {
    const h = holidaysOf(2026, '06-24'); // San Giovanni, Torino
    expect(h.get('2026-04-06')).toMatch(/Pasquetta/);
    expect(h.get('2026-04-25')).toBe('Festa della Liberazione');
    expect(h.get('2026-06-02')).toBe('Festa della Repubblica');
    expect(h.get('2026-06-24')).toBe('Santo patrono');
    expect(h.has('2026-06-23')).toBe(false);
  });
});
