import type { IvcCaseState, IvcCitizenPhase } from '@opencpi/contracts';

/** States in which the case is not finished (one per person and qualification; the citizen sees `in_progress`). */
export const OPEN_STATES: readonly IvcCaseState[] = ['requested', 'identification', 'awaiting_validation', 'validation'];

/** What the citizen is told: never a judgement before validation is closed. */
export function citizenPhase(state: IvcCaseState): IvcCitizenPhase {
  return OPEN_STATES.includes(state) ? 'in_progress' : (state as Exclude<IvcCaseState, 'requested' | 'identification' | 'awaiting_validation' | 'validation'>);
}

/** The step each action needs the case to be in. */
export const ACTION_STATE = {
  take_charge: 'requested',
  add_evidence: 'identification',
  close_identification: 'identification',
  take_assessment: 'awaiting_validation',
  judge: 'validation',
  close_validation: 'validation',
  record_exam: 'validated',
} as const satisfies Record<string, IvcCaseState>;
export type IvcAction = keyof typeof ACTION_STATE;

export interface Caller {
  fiscalCode: string;
  /** staff of the case's office (operator, manager) */
  officeStaff: boolean;
  /** an appointed assessor of the case's region */
  regionAssessor: boolean;
}
export interface CaseParties {
  state: IvcCaseState;
  guideFiscalCode: string | null;
  assessorFiscalCode: string | null;
}

/** What the caller may do now (the SPA's buttons); the services check the same rules and throw stable codes. */
export function allowedActions(c: CaseParties, who: Caller): IvcAction[] {
  const isGuide = c.guideFiscalCode === who.fiscalCode;
  const can: Record<IvcAction, boolean> = {
    take_charge: who.officeStaff,
    add_evidence: isGuide,
    close_identification: isGuide,
    take_assessment: who.regionAssessor && !isGuide,
    judge: c.assessorFiscalCode === who.fiscalCode,
    close_validation: c.assessorFiscalCode === who.fiscalCode,
    record_exam: who.regionAssessor && !isGuide,
  };
  return (Object.keys(ACTION_STATE) as IvcAction[]).filter((a) => ACTION_STATE[a] === c.state && can[a]);
}

/** The state after closing validation: validated when at least one competence is validated. */
export function stateAfterValidation(outcomes: readonly ('validated' | 'not_validated')[]): 'validated' | 'not_validated' {
  return outcomes.includes('validated') ? 'validated' : 'not_validated';
}
