/** A step of a ladder rule, as the sanction_rules table holds it. */
export interface LadderStep {
  id: string;
  benefit: string;
  ruleCode: string;
  version: string;
  /** YYYY-MM-DD; validTo exclusive */
  validFrom: string;
  validTo: string | null;
  step: number;
  sanction: string;
  legalSource: string;
  verified: boolean;
}

/** The steps of the rule version in force on `on` for a benefit and a breach, step 1 first; empty when none. */
export function ruleInForce(steps: readonly LadderStep[], benefit: string, ruleCode: string, on: string): LadderStep[] {
  const candidates = steps.filter((s) => s.benefit === benefit && s.ruleCode === ruleCode && s.validFrom <= on && (s.validTo === null || on < s.validTo));
  if (candidates.length === 0) return [];
  // the version that started last wins where two overlap (a new version published without closing the old one)
  const latest = candidates.reduce((a, b) => (b.validFrom > a.validFrom ? b : a)).version;
  return candidates.filter((s) => s.version === latest).sort((a, b) => a.step - b.step);
}

/**
 * The step applied to a breach: earlier confirmed breaches of the person under the same rule version (not
 * reversed) + 1, capped at the last step, which applies to every further breach ("in caso di ulteriore ...").
 */
export function applyLadder(version: readonly LadderStep[], earlierConfirmed: number): LadderStep {
  const last = version[version.length - 1];
  if (!last) throw new Error('an empty rule version has no step');
  return version.find((s) => s.step === earlierConfirmed + 1) ?? last;
}

/** Does this sanction cut or end the benefit (and so need a manager's confirmation: four eyes)? */
export const needsFourEyes = (sanction: string): boolean => ['cut_quarter_month', 'cut_month', 'loss'].includes(sanction);
