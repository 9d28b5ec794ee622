/** A benefit as the national systems report it (the fields conditionality reads). */
export interface BenefitFact {
  id: string;
  type: string;
  startDate: string;
  endDate: string | null;
  status: string;
}

/** Benefits that carry conditionality obligations, in the order a case prefers them (INPS's own first). */
export const OBLIGATION_BENEFITS = ['NASPI', 'DISCOLL', 'ADI', 'SFL'] as const;

/** Does this benefit carry obligations on `on`? Active, of a conditional type, and running on that day. */
export const carriesObligations = (b: BenefitFact, on: string): boolean =>
  (OBLIGATION_BENEFITS as readonly string[]).includes(b.type) && b.status === 'active' && b.startDate <= on && (b.endDate === null || on <= b.endDate);

/** The benefit a breach on `on` is about: the first one carrying obligations for which `hasRule(type)` holds. */
export function benefitFor(benefits: readonly BenefitFact[], on: string, hasRule: (type: string) => boolean): BenefitFact | null {
  const running = benefits.filter((b) => carriesObligations(b, on));
  running.sort((a, b) => OBLIGATION_BENEFITS.indexOf(a.type as never) - OBLIGATION_BENEFITS.indexOf(b.type as never));
  return running.find((b) => hasRule(b.type)) ?? null;
}
