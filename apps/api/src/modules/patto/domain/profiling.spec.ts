import { computeIndex, suggestPathway, type ProfilingInput, type ProfilingModel } from './profiling';

const model: ProfilingModel = {
  version: 't',
  intercept: -1,
  coefficients: { age_50_plus: 0.8, unemployed_over_12_months: 1, eqf_6_plus: -0.6, no_driving_licence: 0.3 },
  cutoffs: { high: 0.6 },
};
const person = (over: Partial<ProfilingInput> = {}): ProfilingInput => ({
  birthDate: '1990-05-01',
  gender: 'M',
  citizenship: 'IT',
  maxEqf: 4,
  monthsUnemployed: 2,
  benefit: 'none',
  jobs: 2,
  licences: ['B'],
  ...over,
});

describe('computeIndex', () => {
  it('is the logistic of the intercept when no factor is on', () => {
    expect(computeIndex(model, person(), '2026-11-23')).toEqual({ index: 0.2689, factors: [] });
  });

  it('adds the factors that are on, shows the value that triggered each, largest first', () => {
    const r = computeIndex(model, person({ birthDate: '1972-01-10', monthsUnemployed: 18, licences: [] }), '2026-11-23');
    expect(r.factors).toEqual([
      { factor: 'unemployed_over_12_months', value: '18', contribution: 1 },
      { factor: 'age_50_plus', value: '54', contribution: 0.8 },
      { factor: 'no_driving_licence', value: '—', contribution: 0.3 },
    ]);
    expect(r.index).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2.1))), 4);
  });

  it('lowers the index for a degree', () => {
    expect(computeIndex(model, person({ maxEqf: 7 }), '2026-11-23').index).toBeLessThan(0.2689);
  });
});

describe('suggestPathway', () => {
  it('follows needs first, then the skills gap, then the index', () => {
    expect(suggestPathway(0.1, 'none', true, model.cutoffs)).toBe(4);
    expect(suggestPathway(0.1, 'large', false, model.cutoffs)).toBe(3);
    expect(suggestPathway(0.1, 'small', false, model.cutoffs)).toBe(2);
    expect(suggestPathway(0.59, 'none', false, model.cutoffs)).toBe(1);
    expect(suggestPathway(0.6, 'none', false, model.cutoffs)).toBe(2);
  });
});
