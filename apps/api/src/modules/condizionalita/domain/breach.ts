import type { AttendanceRecordedV1, DomainEventType, OfferRefusedV1, PattoSignatureOverdueV1, PlanActionMissedV1 } from '@opencpi/contracts';
import { romeParts } from '../../../platform/time/rome-time';

/** What an event means for conditionality. */
export type Intake =
  | { kind: 'breach'; fiscalCode: string; breachCode: string; occurredOn: string; sourceRef: string; officeId: string | null }
  /** recorded, no case: the person justified at the desk (attendance `absent_justified`) or the event is no breach */
  | { kind: 'no_case'; fiscalCode: string; outcome: 'justified_at_desk' | 'not_a_breach'; sourceRef: string }
  /** nothing to record (e.g. the person attended) */
  | { kind: 'ignore' };

/** Plan actions whose miss is a breach (art. 20 c.3 lett. a → orientation ladder; lett. b → training ladder). */
const PLAN_BREACHES: Record<string, string> = {
  orientation: 'missed_orientation',
  job_search_workshop: 'missed_orientation',
  training: 'missed_training',
  traineeship: 'missed_training',
};

/** Reads a delivered event (v1 payloads) into a breach, a recorded non-case, or nothing. */
export function intakeOf(type: DomainEventType, payload: unknown, occurredAt: Date): Intake {
  switch (type) {
    case 'attendance.recorded': {
      const p = payload as AttendanceRecordedV1;
      const base = { fiscalCode: p.citizenFiscalCode, sourceRef: p.appointmentId };
      if (p.outcome === 'absent' || p.outcome === 'late_cancelled') {
        return { kind: 'breach', ...base, breachCode: 'missed_appointment', occurredOn: romeParts(new Date(p.startsAt)).date, officeId: p.officeId };
      }
      if (p.outcome === 'absent_justified') return { kind: 'no_case', ...base, outcome: 'justified_at_desk' };
      return { kind: 'ignore' };
    }
    case 'offer.refused': {
      const p = payload as OfferRefusedV1;
      return { kind: 'breach', fiscalCode: p.fiscalCode, breachCode: 'offer_refused', occurredOn: romeParts(occurredAt).date, sourceRef: p.refusalId, officeId: null };
    }
    case 'patto.signature-overdue': {
      const p = payload as PattoSignatureOverdueV1;
      return { kind: 'breach', fiscalCode: p.citizenFiscalCode, breachCode: 'psp_not_signed', occurredOn: p.dueDate, sourceRef: p.pattoId, officeId: p.officeId };
    }
    case 'plan.action-missed': {
      const p = payload as PlanActionMissedV1;
      const breachCode = PLAN_BREACHES[p.kind];
      if (!breachCode) return { kind: 'no_case', fiscalCode: p.citizenFiscalCode, outcome: 'not_a_breach', sourceRef: p.planItemId };
      return { kind: 'breach', fiscalCode: p.citizenFiscalCode, breachCode, occurredOn: p.dueDate, sourceRef: p.planItemId, officeId: p.officeId };
    }
    default:
      return { kind: 'ignore' };
  }
}
