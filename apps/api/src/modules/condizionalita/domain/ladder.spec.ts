import { applyLadder, needsFourEyes, ruleInForce, type LadderStep } from './ladder';

let n = 0;
const step = (benefit: string, ruleCode: string, version: string, validFrom: string, s: number, sanction: string, validTo: string | null = null): LadderStep => ({
  id: `r${++n}`,
  benefit,
  ruleCode,
  version,
  validFrom,
  validTo,
  step: s,
  sanction,
  legalSource: `src ${ruleCode}`,
  verified: true,
});

// the rows the migration seeds (D.Lgs. 150/2015 art. 21 c.7; D.L. 48/2023 art. 8 c.6, art. 9, art. 12)
const RULES: LadderStep[] = [
  step('NASPI', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 1, 'cut_quarter_month'),
  step('NASPI', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 2, 'cut_month'),
  step('NASPI', 'missed_appointment', 'dlgs150-2015', '2015-09-24', 3, 'loss'),
  step('NASPI', 'missed_training', 'dlgs150-2015', '2015-09-24', 1, 'cut_month'),
  step('NASPI', 'missed_training', 'dlgs150-2015', '2015-09-24', 2, 'loss'),
  step('NASPI', 'offer_refused', 'dlgs150-2015', '2015-09-24', 1, 'loss'),
  step('ADI', 'missed_appointment', 'dl48-2023', '2024-01-01', 1, 'loss'),
  step('SFL', 'offer_refused', 'dl48-2023', '2023-09-01', 1, 'loss'),
];

const applied = (rules: LadderStep[], benefit: string, rule: string, on: string, earlier: number) => {
  const v = ruleInForce(rules, benefit, rule, on);
  const s = applyLadder(v, earlier);
  return `${s.version}#${s.step}:${s.sanction}`;
};

describe('sanction ladder', () => {
  it('NASpI missed appointment: ¼ of a month, then one month, then loss (and loss for every further breach)', () => {
    expect(applied(RULES, 'NASPI', 'missed_appointment', '2026-11-30', 0)).toBe('dlgs150-2015#1:cut_quarter_month');
    expect(applied(RULES, 'NASPI', 'missed_appointment', '2026-11-30', 1)).toBe('dlgs150-2015#2:cut_month');
    expect(applied(RULES, 'NASPI', 'missed_appointment', '2026-11-30', 2)).toBe('dlgs150-2015#3:loss');
    expect(applied(RULES, 'NASPI', 'missed_appointment', '2026-11-30', 7)).toBe('dlgs150-2015#3:loss');
  });

  it('missed training: one month, then loss', () => {
    expect(applied(RULES, 'NASPI', 'missed_training', '2026-11-30', 0)).toBe('dlgs150-2015#1:cut_month');
    expect(applied(RULES, 'NASPI', 'missed_training', '2026-11-30', 1)).toBe('dlgs150-2015#2:loss');
  });

  it('congruous-offer refusal: loss at once', () => {
    expect(applied(RULES, 'NASPI', 'offer_refused', '2026-11-30', 0)).toBe('dlgs150-2015#1:loss');
  });

  it('ADI and SFL: loss (decadenza) at the first breach', () => {
    expect(applied(RULES, 'ADI', 'missed_appointment', '2026-11-30', 0)).toBe('dl48-2023#1:loss');
    expect(applied(RULES, 'SFL', 'offer_refused', '2026-11-30', 0)).toBe('dl48-2023#1:loss');
  });

  it('no rule before a version is in force, or for a breach the benefit has no rule for', () => {
    expect(ruleInForce(RULES, 'ADI', 'missed_appointment', '2023-12-31')).toEqual([]);
    expect(ruleInForce(RULES, 'NASPI', 'psp_not_signed', '2026-11-30')).toEqual([]);
    expect(() => applyLadder([], 0)).toThrow();
  });

  it('a rule version change between breaches: the new version counts its own breaches, the old decisions keep theirs', () => {
    // v1 closes on 2027-01-01; v2 (say, a law making the first breach cost one month) applies from that day
    const rules = [
      step('NASPI', 'missed_appointment', 'v1', '2015-09-24', 1, 'cut_quarter_month', '2027-01-01'),
      step('NASPI', 'missed_appointment', 'v1', '2015-09-24', 2, 'cut_month', '2027-01-01'),
      step('NASPI', 'missed_appointment', 'v1', '2015-09-24', 3, 'loss', '2027-01-01'),
      step('NASPI', 'missed_appointment', 'v2', '2027-01-01', 1, 'cut_month'),
      step('NASPI', 'missed_appointment', 'v2', '2027-01-01', 2, 'loss'),
    ];
    // first breach in December under v1 (no earlier v1 breach)
    const first = applyLadder(ruleInForce(rules, 'NASPI', 'missed_appointment', '2026-12-15'), 0);
    expect([first.version, first.step, first.sanction]).toEqual(['v1', 1, 'cut_quarter_month']);
    // second breach in January: v2 is in force and the person has no earlier breach under v2
    const second = applyLadder(ruleInForce(rules, 'NASPI', 'missed_appointment', '2027-01-10'), 0);
    expect([second.version, second.step, second.sanction]).toEqual(['v2', 1, 'cut_month']);
    // the last day of v1 is still v1
    expect(ruleInForce(rules, 'NASPI', 'missed_appointment', '2026-12-31')[0]?.version).toBe('v1');
  });

  it('four eyes for every cut or loss; not for an annulment', () => {
    expect(['cut_quarter_month', 'cut_month', 'loss'].every(needsFourEyes)).toBe(true);
    expect(needsFourEyes('annulled')).toBe(false);
  });
});
