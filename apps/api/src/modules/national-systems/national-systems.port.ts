/**
 * The national systems (INPS, and SIISL run by INPS for ADI/SFL) as OpenCPI sees them. Adapters: an HTTP client
 * (production; the development simulator speaks the same protocol) and an in-memory fake for unit tests.
 */

export type BenefitType = 'NASPI' | 'DISCOLL' | 'ADI' | 'SFL';

/** An income-support measure of a person, as INPS reports it. */
export interface Benefit {
  /** INPS's identifier of the benefit */
  id: string;
  type: BenefitType;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string | null;
  status: 'active' | 'suspended' | 'ended';
  /** euros, decimal string, e.g. "1012.50" */
  monthlyAmount: string;
  source: 'INPS' | 'SIISL';
}

/** A conditionality measure communicated to INPS (art. 21 c.10 D.Lgs. 150/2015; SIISL for ADI/SFL). */
export interface MeasureMessage {
  /** the same key on every attempt of the same measure: the receiver records each key once */
  idempotencyKey: string;
  measureId: string;
  citizenFiscalCode: string;
  benefitId: string;
  benefit: BenefitType;
  sanction: string;
  ruleCode: string;
  ruleVersion: string;
  legalSource: string;
  decidedOn: string;
  reversalOf: string | null;
}

/** A participation (PSP/activity) event for SIISL (ADI/SFL). */
export interface ParticipationMessage {
  idempotencyKey: string;
  citizenFiscalCode: string;
  kind: string;
  /** YYYY-MM-DD */
  occurredOn: string;
  details: Record<string, string>;
}

export interface Receipt {
  receiptId: string;
  /** true when the receiver had already recorded this idempotency key (an earlier attempt arrived) */
  duplicate: boolean;
}

/** Errors an adapter throws: `retryable` false when the receiver refused the content (4xx other than 408/429). */
export class NationalSystemsError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'NationalSystemsError';
  }
}

export abstract class NationalSystemsPort {
  abstract readBenefits(fiscalCode: string): Promise<Benefit[]>;
  abstract sendMeasure(message: MeasureMessage): Promise<Receipt>;
  abstract sendParticipation(message: ParticipationMessage): Promise<Receipt>;
}
