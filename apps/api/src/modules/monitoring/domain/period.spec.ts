import { monthsBetween, resolvePeriod } from './period';

describe('monitoring periods', () => {
  it('defaults to the 12 months ending with the current one', () => {
    expect(resolvePeriod({}, '2026-12')).toMatchObject({ from: '2026-01', to: '2026-12' });
    expect(resolvePeriod({ to: '2026-03' }, '2026-12')).toMatchObject({ from: '2025-04', to: '2026-03' });
    expect(resolvePeriod({ from: '2026-06' }, '2026-12')).toMatchObject({ from: '2026-06', to: '2026-12' });
    expect(resolvePeriod({ from: '2020-06' }, '2026-12')).toMatchObject({ from: '2020-06', to: '2021-05' });
  });
  it('refuses from after to and periods longer than 60 months', () => {
    expect(resolvePeriod({ from: '2026-05', to: '2026-01' }, '2026-12')).toBeNull();
    expect(resolvePeriod({ from: '2020-01', to: '2025-01' }, '2026-12')).toBeNull();
    expect(resolvePeriod({ from: '2020-01', to: '2024-12' }, '2026-12')?.months).toHaveLength(60);
  });
  it('lists the months across a year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
