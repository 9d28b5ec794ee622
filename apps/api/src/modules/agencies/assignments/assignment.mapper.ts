import type { AgencyOutcomeResponse, AgencyPersonResponse, AssignmentResponse } from '@opencpi/contracts';
import type { AssignmentEntity } from '../entities/assignment.entity';
import type { OutcomeEntity } from '../entities/outcome.entity';

const opt = <K extends string, V>(k: K, v: V | null | undefined): Partial<Record<K, V>> => (v === null || v === undefined ? {} : ({ [k]: v } as Record<K, V>));

export function toOutcomeResponse(o: OutcomeEntity): AgencyOutcomeResponse {
  return {
    kind: o.kind,
    ...opt('contractType', o.contractType),
    ...opt('startDate', o.startDate),
    ...opt('employerVatNumber', o.employerVatNumber),
    ...opt('employerName', o.employerName),
    ...opt('reason', o.reason),
    ...opt('note', o.note),
    recordedAt: o.recordedAt.toISOString(),
  };
}

export function toAssignmentResponse(a: AssignmentEntity, outcome: OutcomeEntity | undefined, person: AgencyPersonResponse, agencyName?: string): AssignmentResponse {
  return {
    id: a.id,
    agencyId: a.agencyId,
    ...opt('agencyName', agencyName),
    status: a.status,
    source: a.source,
    ...opt('pattoId', a.pattoId),
    ...opt('pathway', a.pathway),
    assignedOn: a.assignedOn,
    ...opt('takenInChargeOn', a.takenInChargeOn),
    ...opt('endedOn', a.endedOn),
    ...opt('endReason', a.endReason),
    ...(outcome ? { outcome: toOutcomeResponse(outcome) } : {}),
    version: a.version,
    person,
    updatedAt: a.updatedAt.toISOString(),
  };
}
