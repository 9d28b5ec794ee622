import type {
  CitizenIvcCaseResponse,
  IvcAssessorResponse,
  IvcCaseResponse,
  IvcCaseSummaryResponse,
  IvcEvidenceResponse,
  IvcOutputResponse,
  IvcProfileExperienceResponse,
  IvcQualificationResponse,
} from '@opencpi/contracts';
import { citizenPhase, type IvcAction } from './domain/case-state';
import type { IvcAssessorEntity } from './entities/assessor.entity';
import type { IvcCaseEntity } from './entities/case.entity';
import type { IvcEvidenceEntity } from './entities/evidence.entity';
import type { IvcJudgementEntity } from './entities/judgement.entity';
import type { OutputRow } from './cases/cases.repository';
import type { QualificationWithCompetences } from './repertoire/repertoire.repository';

const iso = (d: Date | string) => new Date(d).toISOString();

export function toQualificationResponse(q: QualificationWithCompetences): IvcQualificationResponse {
  return {
    id: q.id,
    region: q.region,
    code: q.code,
    title: q.title,
    eqfLevel: q.eqfLevel,
    adaRefs: q.adaRefs,
    source: q.source,
    sample: q.sample,
    verified: q.verified,
    competences: q.competences.map((c) => ({ id: c.id, code: c.code, title: c.title, description: c.description, ...(c.adaRef ? { adaRef: c.adaRef } : {}) })),
  };
}

export function toOutputResponse(o: OutputRow, side: 'citizen' | 'operator'): IvcOutputResponse {
  const base = `/api/${side}/ivc/outputs/${o.id}`;
  return {
    id: o.id,
    kind: o.kind,
    issuedAt: iso(o.issuedAt),
    sha256: o.sha256,
    pdfUrl: `${base}/pdf`,
    hasBadge: o.credentialId !== null,
    ...(o.credentialId && side === 'citizen' ? { badgeUrl: `${base}/badge` } : {}),
  };
}

export function toEvidenceResponse(e: IvcEvidenceEntity): IvcEvidenceResponse {
  return {
    id: e.id,
    kind: e.kind,
    label: e.label,
    ...(e.text ? { text: e.text } : {}),
    ...(e.documentId ? { documentId: e.documentId } : {}),
    competenceIds: e.competenceIds,
    addedAt: iso(e.addedAt),
    addedByName: e.addedByName,
  };
}

export interface CaseParts {
  c: IvcCaseEntity;
  qualification: QualificationWithCompetences;
  citizenName: string;
  officeName?: string;
  evidence: IvcEvidenceEntity[];
  judgements: IvcJudgementEntity[];
  outputs: OutputRow[];
  actions: IvcAction[];
  profileExperiences?: IvcProfileExperienceResponse[];
}

export function toCaseResponse(p: CaseParts): IvcCaseResponse {
  const c = p.c;
  return {
    id: c.id,
    state: c.state,
    citizenId: c.citizenId,
    citizenName: p.citizenName,
    citizenFiscalCode: c.fiscalCode,
    officeId: c.officeId,
    ...(p.officeName ? { officeName: p.officeName } : {}),
    qualification: toQualificationResponse(p.qualification),
    ...(c.requestNote ? { requestNote: c.requestNote } : {}),
    requestedAt: iso(c.requestedAt),
    ...(c.guideStaffId ? { guideStaffId: c.guideStaffId, guideName: c.guideName ?? '' } : {}),
    ...(c.assessorId ? { assessorId: c.assessorId, assessorName: c.assessorName ?? '' } : {}),
    ...(c.identificationSummary ? { identificationSummary: c.identificationSummary } : {}),
    evidence: p.evidence.map(toEvidenceResponse),
    judgements: p.judgements.map((j) => ({ competenceId: j.competenceId, outcome: j.outcome, notes: j.notes, judgedAt: iso(j.judgedAt) })),
    ...(c.examOutcome && c.examDate && c.commissionRef
      ? {
          exam: {
            outcome: c.examOutcome,
            examDate: c.examDate,
            commissionRef: c.commissionRef,
            ...(c.examNotes ? { notes: c.examNotes } : {}),
            recordedByName: c.examRecordedByName ?? '',
          },
        }
      : {}),
    outputs: p.outputs.map((o) => toOutputResponse(o, 'operator')),
    ...(p.profileExperiences ? { profileExperiences: p.profileExperiences } : {}),
    actions: p.actions,
  };
}

export function toSummary(c: IvcCaseEntity, citizenName: string, q: { code: string; title: string } | undefined): IvcCaseSummaryResponse {
  return {
    id: c.id,
    state: c.state,
    citizenId: c.citizenId,
    citizenName,
    qualificationCode: q?.code ?? '',
    qualificationTitle: q?.title ?? '',
    requestedAt: iso(c.requestedAt),
    ...(c.guideName ? { guideName: c.guideName } : {}),
    ...(c.assessorName ? { assessorName: c.assessorName } : {}),
  };
}

/**
 * The citizen's view: the phase (in progress until validation is closed) and only final outputs. Judgements of an
 * open case never leave the API: `validatedCompetenceIds` is filled only once validation is closed.
 */
export function toCitizenCase(
  c: IvcCaseEntity,
  q: QualificationWithCompetences,
  judgements: IvcJudgementEntity[],
  outputs: OutputRow[],
  officeName?: string,
): CitizenIvcCaseResponse {
  const phase = citizenPhase(c.state);
  return {
    id: c.id,
    phase,
    qualification: toQualificationResponse(q),
    requestedAt: iso(c.requestedAt),
    ...(officeName ? { officeName } : {}),
    validatedCompetenceIds: phase === 'in_progress' ? [] : judgements.filter((j) => j.outcome === 'validated').map((j) => j.competenceId),
    outputs: outputs.map((o) => toOutputResponse(o, 'citizen')),
  };
}

export function toAssessorResponse(a: IvcAssessorEntity): IvcAssessorResponse {
  return { id: a.id, fiscalCode: a.fiscalCode, givenName: a.givenName, familyName: a.familyName, regionId: a.regionId, appointedAt: iso(a.appointedAt) };
}
