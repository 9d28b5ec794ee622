import { benefitFor, carriesObligations } from './benefit-choice';
import { intakeOf } from './breach';

const attendance = (outcome: string, startsAt = '2026-11-30T08:30:00Z') => ({
  appointmentId: 'a1',
  convocationId: null,
  citizenFiscalCode: 'RSSMRA85T10L219G',
  officeId: 'o1',
  startsAt,
  outcome,
  note: null,
  recordedBy: 'x',
});

describe('what an event means for conditionality', () => {
  it('absent and late cancellation are missed appointments on the Rome date of the appointment', () => {
    expect(intakeOf('attendance.recorded', attendance('absent', '2026-11-30T23:30:00Z'), new Date())).toMatchObject({
      kind: 'breach',
      breachCode: 'missed_appointment',
      occurredOn: '2026-12-01',
      officeId: 'o1',
      sourceRef: 'a1',
    });
    expect(intakeOf('attendance.recorded', attendance('late_cancelled'), new Date())).toMatchObject({ kind: 'breach', breachCode: 'missed_appointment' });
  });

  it('absent with a justification at the desk is recorded without a case; attended is nothing', () => {
    expect(intakeOf('attendance.recorded', attendance('absent_justified'), new Date())).toMatchObject({ kind: 'no_case', outcome: 'justified_at_desk' });
    expect(intakeOf('attendance.recorded', attendance('attended'), new Date())).toEqual({ kind: 'ignore' });
  });

  it('reads refused offers, unsigned patti and missed plan actions', () => {
    expect(
      intakeOf(
        'offer.refused',
        { refusalId: 'r1', fiscalCode: 'X', citizenId: 'c', vacancyId: 'v', applicationId: 'p', benefit: null, rulesVersion: '1', checks: [] },
        new Date('2026-11-30T23:10:00Z'),
      ),
    ).toMatchObject({ breachCode: 'offer_refused', occurredOn: '2026-12-01', officeId: null });
    expect(intakeOf('patto.signature-overdue', { pattoId: 'p1', citizenFiscalCode: 'X', officeId: 'o', dueDate: '2026-11-20' }, new Date())).toMatchObject({
      breachCode: 'psp_not_signed',
      occurredOn: '2026-11-20',
    });
    const plan = (kind: string) =>
      intakeOf('plan.action-missed', { planItemId: 'i', pattoId: 'p', citizenFiscalCode: 'X', officeId: 'o', kind, dueDate: '2026-11-20' }, new Date());
    expect(plan('training')).toMatchObject({ breachCode: 'missed_training' });
    expect(plan('orientation')).toMatchObject({ breachCode: 'missed_orientation' });
    expect(plan('job_application')).toMatchObject({ kind: 'no_case', outcome: 'not_a_breach' });
  });
});

describe('which benefit a breach is about', () => {
  const naspi = { id: 'N', type: 'NASPI', startDate: '2026-06-03', endDate: '2027-12-02', status: 'active' };
  const adi = { id: 'A', type: 'ADI', startDate: '2026-02-01', endDate: null, status: 'active' };
  it('an active benefit of a conditional type running that day', () => {
    expect(carriesObligations(naspi, '2026-11-30')).toBe(true);
    expect(carriesObligations(naspi, '2026-06-02')).toBe(false);
    expect(carriesObligations({ ...naspi, status: 'ended' }, '2026-11-30')).toBe(false);
    expect(carriesObligations({ ...naspi, type: 'CIG' }, '2026-11-30')).toBe(false);
  });
  it("INPS's own benefits first, and only one with a rule for the breach", () => {
    expect(benefitFor([adi, naspi], '2026-11-30', () => true)?.id).toBe('N');
    expect(benefitFor([adi, naspi], '2026-11-30', (t) => t === 'ADI')?.id).toBe('A');
    expect(benefitFor([], '2026-11-30', () => true)).toBeNull();
  });
});
