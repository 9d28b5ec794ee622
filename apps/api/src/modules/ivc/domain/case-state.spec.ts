import { allowedActions, citizenPhase, stateAfterValidation } from './case-state';

describe('IVC case rules', () => {
  it('shows the citizen an unfinished case only as in progress', () => {
    for (const s of ['requested', 'identification', 'awaiting_validation', 'validation'] as const) expect(citizenPhase(s)).toBe('in_progress');
    expect(citizenPhase('validated')).toBe('validated');
    expect(citizenPhase('not_certified')).toBe('not_certified');
  });

  it('never offers the guiding operator the assessment or the exam', () => {
    const guide = { fiscalCode: 'G', officeStaff: true, regionAssessor: true };
    expect(allowedActions({ state: 'awaiting_validation', guideFiscalCode: 'G', assessorFiscalCode: null }, guide)).toEqual([]);
    expect(allowedActions({ state: 'validated', guideFiscalCode: 'G', assessorFiscalCode: 'A' }, guide)).toEqual([]);
    const assessor = { fiscalCode: 'A', officeStaff: false, regionAssessor: true };
    expect(allowedActions({ state: 'awaiting_validation', guideFiscalCode: 'G', assessorFiscalCode: null }, assessor)).toEqual(['take_assessment']);
    expect(allowedActions({ state: 'validation', guideFiscalCode: 'G', assessorFiscalCode: 'A' }, assessor)).toEqual(['judge', 'close_validation']);
  });

  it('offers identification steps only to the guide', () => {
    const other = { fiscalCode: 'X', officeStaff: true, regionAssessor: false };
    expect(allowedActions({ state: 'identification', guideFiscalCode: 'G', assessorFiscalCode: null }, other)).toEqual([]);
    expect(allowedActions({ state: 'requested', guideFiscalCode: null, assessorFiscalCode: null }, other)).toEqual(['take_charge']);
  });

  it('validates the case when at least one competence is validated', () => {
    expect(stateAfterValidation(['not_validated', 'validated'])).toBe('validated');
    expect(stateAfterValidation(['not_validated'])).toBe('not_validated');
  });
});
