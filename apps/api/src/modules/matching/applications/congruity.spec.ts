import { assessCongruity, type CongruityFacts, type CongruityRule } from './congruity';

const rules: CongruityRule[] = [
  { code: 'duration_bands', value: { shortMonths: 6, mediumMonths: 12 }, reason: '', source: 'DM 10/04/2018', verified: true },
  { code: 'distance_long', value: { maxKm: 80, maxMinutes: 100 }, reason: '', source: 'DM', verified: true },
  { code: 'distance_short', value: { maxKm: 50, maxMinutes: 80 }, reason: '', source: 'unverified', verified: false },
  { code: 'pay_over_benefit', value: { factor: 1.2 }, reason: '', source: 'DM', verified: true },
  { code: 'coherence', value: {}, reason: '', source: 'DM', verified: false },
  { code: 'contract', value: { minFixedTermMonths: 3 }, reason: '', source: 'DM', verified: true },
];
const facts = (over: Partial<CongruityFacts> = {}): CongruityFacts => ({
  monthsUnemployed: 3,
  distanceKm: 20,
  benefitRecipient: true,
  monthlyBenefit: 1000,
  payMin: 1300,
  contractType: 'permanent',
  durationMonths: null,
  sameTarget: true,
  sameIscoGroup: true,
  sameIscoSubMajor: true,
  ...over,
});

describe('assessCongruity', () => {
  it('is congruous when every test passes, and says which rules are unverified', () => {
    const r = assessCongruity(rules, facts());
    expect(r.congruous).toBe(true);
    expect(r.checks.map((c) => c.rule)).toEqual(['distance_short', 'coherence', 'contract', 'pay_over_benefit']);
    expect(r.checks.find((c) => c.rule === 'distance_short')!.verified).toBe(false);
  });
  it('gives the figures it compared, not a sentence', () => {
    const r = assessCongruity(rules, facts({ distanceKm: 20.4, contractType: 'fixed_term', durationMonths: 4 }));
    expect(r.checks.map((c) => [c.rule, c.params])).toEqual([
      ['distance_short', { km: 20, maxKm: 50, months: 3 }],
      ['coherence', { band: 'short' }],
      ['contract', { contractType: 'fixed_term', durationMonths: 4, minMonths: 3 }],
      ['pay_over_benefit', { payMin: 1300, benefit: 1000, threshold: 1200, percent: 20 }],
    ]);
    expect(assessCongruity(rules, facts({ distanceKm: Number.POSITIVE_INFINITY })).checks[0]!.params.km).toBeNull();
  });
  it('uses the distance of the duration band', () => {
    expect(assessCongruity(rules, facts({ distanceKm: 60 })).congruous).toBe(false);
    expect(assessCongruity(rules, facts({ distanceKm: 60, monthsUnemployed: 13, sameTarget: false, sameIscoGroup: false })).congruous).toBe(true);
  });
  it('needs pay 20% above the benefit, a long enough fixed term, and coherence for the band', () => {
    expect(assessCongruity(rules, facts({ payMin: 1100 })).checks.find((c) => c.rule === 'pay_over_benefit')!.passed).toBe(false);
    expect(assessCongruity(rules, facts({ contractType: 'fixed_term', durationMonths: 2 })).congruous).toBe(false);
    expect(assessCongruity(rules, facts({ monthsUnemployed: 8, sameIscoGroup: false })).congruous).toBe(false);
    expect(assessCongruity(rules, facts({ benefitRecipient: false, payMin: null })).checks.some((c) => c.rule === 'pay_over_benefit')).toBe(false);
  });
});
