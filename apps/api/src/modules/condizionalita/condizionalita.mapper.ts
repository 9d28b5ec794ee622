import type {
  CaseDecisionResponse,
  CaseEventResponse,
  ConditionalityCaseSummaryResponse,
  ConditionalityParameterResponse,
  JustificationDocumentResponse,
  JustificationResponse,
  MeasureResponse,
  MeasureSendStateResponse,
  SanctionRuleResponse,
} from '@opencpi/contracts';
import type { SendState } from '../national-systems/national-systems.service';
import { windowOpenAt } from './domain/justification-window';
import type { LadderStep } from './domain/ladder';
import type { CaseEventEntity } from './entities/case-event.entity';
import type { ConvocationEvidenceEntity } from './entities/convocation-evidence.entity';
import type { ConditionalityCaseEntity } from './entities/case.entity';
import type { DecisionEntity } from './entities/decision.entity';
import type { JustificationEntity } from './entities/justification.entity';
import type { ConditionalityParameterEntity } from './entities/legal-parameter.entity';
import type { MeasureEntity } from './entities/measure.entity';

const fc = (s: string) => s.trim();

export interface PersonView {
  citizenName: string;
  officeName: string;
}

export function toCaseSummary(c: ConditionalityCaseEntity, now: Date, sanction: string | undefined, person?: PersonView): ConditionalityCaseSummaryResponse {
  return {
    id: c.id,
    state: c.state,
    breachCode: c.breachCode,
    benefit: c.benefit,
    occurredOn: c.occurredOn,
    deadline: c.deadline,
    windowOpen: c.state === 'open' && windowOpenAt(c.deadline, now),
    openedAt: c.openedAt.toISOString(),
    ...(sanction ? { sanction } : {}),
    ...(person ? { citizenId: c.citizenId, citizenName: person.citizenName, citizenFiscalCode: fc(c.citizenFiscalCode), officeId: c.officeId, officeName: person.officeName } : {}),
  };
}

export const toEvent = (e: CaseEventEntity): CaseEventResponse => ({
  at: e.at.toISOString(),
  kind: e.kind,
  ...(e.actorName ? { actorName: e.actorName } : {}),
  params: e.params,
});

/**
 * The proof of a convocation as timeline entries: `convocation.issued` (channel and the convoked date-time) and
 * `convocation.acknowledged` (when); each only once its half is known.
 */
export function toConvocationEvidence(e: ConvocationEvidenceEntity): CaseEventResponse[] {
  const out: CaseEventResponse[] = [];
  if (e.issuedAt && e.channel && e.startsAt) out.push({ at: e.issuedAt.toISOString(), kind: 'convocation.issued', params: { channel: e.channel, date: e.startsAt.toISOString() } });
  if (e.acknowledgedAt) out.push({ at: e.acknowledgedAt.toISOString(), kind: 'convocation.acknowledged', params: { date: e.acknowledgedAt.toISOString() } });
  return out;
}

export const toJustification = (j: JustificationEntity, documents: JustificationDocumentResponse[]): JustificationResponse => ({
  reasonCode: j.reasonCode,
  text: j.text,
  submittedAt: j.submittedAt.toISOString(),
  documents,
});

export const toDecision = (d: DecisionEntity, withNames: boolean): CaseDecisionResponse => ({
  outcome: d.outcome,
  ...(d.reasonCode ? { reasonCode: d.reasonCode } : {}),
  ...(d.reasonText ? { reasonText: d.reasonText } : {}),
  decidedAt: d.decidedAt.toISOString(),
  ...(withNames ? { decidedByName: d.decidedByName } : {}),
  ...(d.confirmedAt && d.status === 'confirmed'
    ? { confirmedAt: d.confirmedAt.toISOString(), ...(withNames && d.confirmedByName ? { confirmedByName: d.confirmedByName } : {}) }
    : {}),
});

export function toSendState(s: SendState | undefined): MeasureSendStateResponse {
  if (!s) return { state: 'unknown' };
  return {
    state: s.state,
    ...(s.since ? { since: s.since.toISOString() } : {}),
    ...(s.sentAt ? { sentAt: s.sentAt.toISOString() } : {}),
    attempts: s.attempts,
  };
}

export function toMeasure(x: MeasureEntity, reversedBy: string | undefined, sendState?: MeasureSendStateResponse): MeasureResponse {
  return {
    id: x.id,
    sanction: x.sanction,
    ruleCode: x.ruleCode,
    ruleVersion: x.ruleVersion,
    step: x.step,
    legalSource: x.legalSource,
    verified: x.verified,
    decidedOn: x.decidedOn,
    ...(x.reversalOf ? { reversalOf: x.reversalOf } : {}),
    ...(reversedBy ? { reversedBy } : {}),
    ...(x.appealReference ? { appealReference: x.appealReference } : {}),
    ...(sendState ? { sendState } : {}),
  };
}

export const toRule = (r: LadderStep & { noteCode?: string | null }): SanctionRuleResponse => ({
  id: r.id,
  benefit: r.benefit,
  ruleCode: r.ruleCode,
  version: r.version,
  validFrom: r.validFrom,
  ...(r.validTo ? { validTo: r.validTo } : {}),
  step: r.step,
  sanction: r.sanction,
  legalSource: r.legalSource,
  verified: r.verified,
  ...(r.noteCode ? { noteCode: r.noteCode } : {}),
});

export const toParameter = (p: ConditionalityParameterEntity): ConditionalityParameterResponse => ({
  key: p.key,
  validFrom: p.validFrom,
  value: String(Number(p.value)),
  unit: p.unit,
  source: p.source,
  verified: p.verified,
});
