/**
 * Congruous offer (art. 25 D.Lgs. 150/2015; DM 10/04/2018), as data-driven rules (matching.rules, kind `congruity`).
 * Pure: the service gathers the facts. A check whose rule is not verified in our sources says so (`verified: false`).
 * A check carries the figures it compared (`params`), not a sentence: the operator SPA words it from its catalogue.
 */
export interface CongruityRule {
  code: string;
  value: Record<string, unknown>;
  reason: string;
  source: string;
  verified: boolean;
}
export interface CongruityFacts {
  monthsUnemployed: number;
  distanceKm: number;
  /** the person is a NASpI/DIS-COLL/ADI/SFL recipient */
  benefitRecipient: boolean;
  monthlyBenefit: number | null;
  payMin: number | null;
  contractType: string;
  durationMonths: number | null;
  /** same occupation as agreed (targets), same ISCO minor group (3 digits), same sub-major group (2 digits) */
  sameTarget: boolean;
  sameIscoGroup: boolean;
  sameIscoSubMajor: boolean;
}
export type CongruityParams = Record<string, string | number | null>;
export interface CongruityCheck {
  rule: string;
  passed: boolean;
  params: CongruityParams;
  source: string;
  verified: boolean;
}

export function assessCongruity(rules: CongruityRule[], f: CongruityFacts): { congruous: boolean; checks: CongruityCheck[] } {
  const r = (code: string) => {
    const rule = rules.find((x) => x.code === code);
    if (!rule) throw new Error(`congruity rule ${code} missing`);
    return rule;
  };
  const bands = r('duration_bands').value as { shortMonths: number; mediumMonths: number };
  const band = f.monthsUnemployed <= bands.shortMonths ? 'short' : f.monthsUnemployed <= bands.mediumMonths ? 'medium' : 'long';
  const checks: CongruityCheck[] = [];
  const add = (code: string, passed: boolean, params: CongruityParams) => {
    const rule = r(code);
    checks.push({ rule: code, passed, params, source: rule.source, verified: rule.verified });
  };

  const dist = r(band === 'long' ? 'distance_long' : 'distance_short');
  const maxKm = (dist.value as { maxKm: number }).maxKm;
  // km: null when the distance is unknown (the person has no profile, or the vacancy is out of every reach)
  add(dist.code, f.distanceKm <= maxKm, { km: Number.isFinite(f.distanceKm) ? Math.round(f.distanceKm) : null, maxKm, months: f.monthsUnemployed });

  const coherence = band === 'short' ? f.sameTarget || f.sameIscoGroup : band === 'medium' ? f.sameIscoGroup : f.sameIscoSubMajor;
  add('coherence', coherence, { band });

  const minMonths = (r('contract').value as { minFixedTermMonths: number }).minFixedTermMonths;
  const contractOk =
    f.contractType === 'permanent' ||
    ((f.contractType === 'fixed_term' || f.contractType === 'temporary_agency' || f.contractType === 'apprenticeship') && (f.durationMonths ?? 0) >= minMonths);
  add('contract', contractOk, { contractType: f.contractType, durationMonths: f.durationMonths, minMonths });

  if (f.benefitRecipient) {
    const factor = (r('pay_over_benefit').value as { factor: number }).factor;
    const ok = f.monthlyBenefit !== null && f.payMin !== null && f.payMin >= f.monthlyBenefit * factor;
    // payMin or benefit null: the comparison cannot be made (the check fails)
    add('pay_over_benefit', ok, {
      payMin: f.payMin,
      benefit: f.monthlyBenefit,
      threshold: f.monthlyBenefit === null ? null : Math.round(f.monthlyBenefit * factor),
      percent: Math.round((factor - 1) * 100),
    });
  }
  return { congruous: checks.every((c) => c.passed), checks };
}
