/**
 * Congruous offer (art. 25 D.Lgs. 150/2015; DM 10/04/2018), as data-driven rules (matching.rules, kind `congruity`).
 * Pure: the service gathers the facts. A check whose rule is not verified in our sources says so (`verified: false`).
 */
export interface CongruityRule { code: string; value: Record<string, unknown>; reason: string; source: string; verified: boolean }
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
export interface CongruityCheck { rule: string; passed: boolean; detail: string; source: string; verified: boolean }

export function assessCongruity(rules: CongruityRule[], f: CongruityFacts): { congruous: boolean; checks: CongruityCheck[] } {
  const r = (code: string) => {
    const rule = rules.find((x) => x.code === code);
    if (!rule) throw new Error(`congruity rule ${code} missing`);
    return rule;
  };
  const bands = r('duration_bands').value as { shortMonths: number; mediumMonths: number };
  const band = f.monthsUnemployed <= bands.shortMonths ? 'short' : f.monthsUnemployed <= bands.mediumMonths ? 'medium' : 'long';
  const checks: CongruityCheck[] = [];
  const add = (code: string, passed: boolean, detail: string) => { const rule = r(code); checks.push({ rule: code, passed, detail, source: rule.source, verified: rule.verified }); };

  const dist = r(band === 'long' ? 'distance_long' : 'distance_short');
  const maxKm = (dist.value as { maxKm: number }).maxKm;
  add(dist.code, f.distanceKm <= maxKm, `${Math.round(f.distanceKm)} km dal domicilio (limite ${maxKm} km per ${f.monthsUnemployed} mesi di disoccupazione)`);

  const coherence = band === 'short' ? f.sameTarget || f.sameIscoGroup : band === 'medium' ? f.sameIscoGroup : f.sameIscoSubMajor;
  add('coherence', coherence, band === 'short' ? 'stessa professione o gruppo professionale del patto' : band === 'medium' ? 'stesso gruppo professionale (ISCO, 3 cifre)' : 'stesso grande gruppo professionale (ISCO, 2 cifre)');

  const minMonths = (r('contract').value as { minFixedTermMonths: number }).minFixedTermMonths;
  const contractOk = f.contractType === 'permanent' || ((f.contractType === 'fixed_term' || f.contractType === 'temporary_agency' || f.contractType === 'apprenticeship') && (f.durationMonths ?? 0) >= minMonths);
  add('contract', contractOk, f.contractType === 'permanent' ? 'tempo indeterminato' : `tempo determinato di ${f.durationMonths ?? '?'} mesi (minimo ${minMonths})`);

  if (f.benefitRecipient) {
    const factor = (r('pay_over_benefit').value as { factor: number }).factor;
    const ok = f.monthlyBenefit !== null && f.payMin !== null && f.payMin >= f.monthlyBenefit * factor;
    add('pay_over_benefit', ok, f.monthlyBenefit === null || f.payMin === null
      ? 'retribuzione o prestazione non indicata: il confronto non si può fare'
      : `retribuzione ${f.payMin} € contro ${Math.round(f.monthlyBenefit * factor)} € (prestazione ${f.monthlyBenefit} € + ${Math.round((factor - 1) * 100)}%)`);
  }
  return { congruous: checks.every((c) => c.passed), checks };
}
