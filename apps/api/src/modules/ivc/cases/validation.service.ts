import { Injectable } from '@nestjs/common';
import { ErrorCode, type IvcCaseResponse, type RecordIvcExamBody, type SaveIvcJudgementsBody } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { MatchingProfilesService } from '../../matching/profiles/matching-profiles.service';
import { stateAfterValidation } from '../domain/case-state';
import type { IvcCaseEntity } from '../entities/case.entity';
import { OutputsService } from '../outputs/outputs.service';
import { RepertoireService } from '../repertoire/repertoire.service';
import { CaseAccessService } from './case-access.service';
import { CasesRepository } from './cases.repository';

/** The database refuses a guide as assessor or examiner (cases_*_not_guide_check): the same answer as the service's check. */
const isGuideCheck = (e: unknown) => (e as { code?: string; constraint?: string }).code === '23514' && /not_guide_check$/.test((e as { constraint?: string }).constraint ?? '');

/**
 * Validation: an appointed assessor of the case's region, never its guiding operator, takes the case, judges each
 * competence (validated / not validated, with notes) and closes: documento di validazione when at least one is
 * validated, and the validated competences join the person's matching profile with their source. Certification
 * (optional): an assessor of the region, as member of the commission and never the guiding operator, records the
 * exam's result: certificato when passed. (Recorded by an assessor, not a manager: the commission is made of
 * assessment experts, and the separation from the guide must hold for the exam too.)
 */
@Injectable()
export class ValidationService {
  constructor(
    private readonly repo: CasesRepository,
    private readonly access: CaseAccessService,
    private readonly repertoire: RepertoireService,
    private readonly outputs: OutputsService,
    private readonly profiles: MatchingProfilesService,
    private readonly audit: AuditService,
  ) {}

  async take(ctx: RequestContext, caseId: string): Promise<IvcCaseResponse> {
    const { c, assessor } = await this.asRegionAssessor(ctx, caseId);
    await this.guarded(() =>
      this.repo.transaction(async (m) => {
        const locked = await this.step(m, c.id, 'awaiting_validation');
        if (locked.guideFiscalCode === ctx.principal.fiscalCode) throw new DomainError(ErrorCode.IVC_ASSESSOR_IS_GUIDING_OPERATOR);
        await this.repo.update(m, c.id, {
          state: 'validation',
          assessorId: assessor.id,
          assessorFiscalCode: assessor.fiscalCode,
          assessorName: `${assessor.givenName} ${assessor.familyName}`,
        });
        await this.audit.record(ctx, { action: 'ivc.assessment.taken', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode }, m);
      }),
    );
    return this.access.view(ctx, c.id);
  }

  async judge(ctx: RequestContext, caseId: string, body: SaveIvcJudgementsBody): Promise<IvcCaseResponse> {
    const c = await this.asCaseAssessor(ctx, caseId);
    const q = await this.repertoire.require(c.qualificationId);
    const seen = new Set<string>();
    for (const [i, j] of body.items.entries()) {
      const detail = !q.competences.some((x) => x.id === j.competenceId) ? 'not a competence of the qualification' : seen.has(j.competenceId) ? 'judged twice' : null;
      if (detail) throw new DomainError(ErrorCode.VALIDATION_FAILED, detail, [{ pointer: `/items/${i}/competenceId`, detail, constraint: 'competence' }]);
      seen.add(j.competenceId);
    }
    await this.repo.transaction(async (m) => {
      await this.step(m, c.id, 'validation');
      await this.repo.upsertJudgements(
        m,
        c.id,
        ctx.principal.fiscalCode,
        body.items.map((j) => ({ competenceId: j.competenceId, outcome: j.outcome, notes: j.notes.trim() })),
      );
      await this.audit.record(
        ctx,
        { action: 'ivc.judgements.saved', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, details: { count: body.items.length } },
        m,
      );
    });
    return this.access.view(ctx, c.id);
  }

  async close(ctx: RequestContext, caseId: string): Promise<IvcCaseResponse> {
    const c = await this.asCaseAssessor(ctx, caseId);
    const q = await this.repertoire.require(c.qualificationId);
    const holder = await this.access.holderName(c.citizenId, c.fiscalCode);
    await this.repo.transaction(async (m) => {
      const locked = await this.step(m, c.id, 'validation');
      const judgements = await this.repo.judgementsOf(c.id, m);
      if (q.competences.some((x) => !judgements.some((j) => j.competenceId === x.id))) throw new DomainError(ErrorCode.IVC_JUDGEMENTS_INCOMPLETE);
      const state = stateAfterValidation(judgements.map((j) => j.outcome));
      await this.repo.update(m, c.id, { state, validationClosedAt: new Date() });
      const validated = q.competences.filter((x) => judgements.some((j) => j.competenceId === x.id && j.outcome === 'validated'));
      let outputId: string | null = null;
      if (state === 'validated') {
        outputId = await this.outputs.issue(m, ctx, locked, q, holder, {
          kind: 'validation',
          summary: null,
          evidence: [],
          competences: validated.map((x) => ({ code: x.code, title: x.title, adaRef: x.adaRef })),
          exam: null,
        });
        // the validated competences join the person's matching profile, with their source (see MatchingProfilesService)
        await this.profiles.addValidatedCompetences(
          m,
          c.citizenId,
          validated.flatMap((x) => x.escoSkillUris.map((escoUri) => ({ escoUri, label: x.title, source: 'ivc' as const, ref: c.id }))),
        );
      }
      await this.audit.record(
        ctx,
        { action: 'ivc.validation.closed', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, details: { state, validated: validated.length, outputId } },
        m,
      );
    });
    return this.access.view(ctx, c.id);
  }

  async recordExam(ctx: RequestContext, caseId: string, body: RecordIvcExamBody): Promise<IvcCaseResponse> {
    const { c } = await this.asRegionAssessor(ctx, caseId);
    const q = await this.repertoire.require(c.qualificationId);
    const holder = await this.access.holderName(c.citizenId, c.fiscalCode);
    await this.guarded(() =>
      this.repo.transaction(async (m) => {
        const locked = await this.step(m, c.id, 'validated');
        if (locked.guideFiscalCode === ctx.principal.fiscalCode) throw new DomainError(ErrorCode.IVC_ASSESSOR_IS_GUIDING_OPERATOR);
        const state = body.outcome === 'passed' ? 'certified' : 'not_certified';
        const patch = {
          state,
          examOutcome: body.outcome,
          examDate: body.examDate,
          commissionRef: body.commissionRef.trim(),
          examNotes: body.notes?.trim() || null,
          examRecordedBy: ctx.principal.fiscalCode,
          examRecordedByName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        } as const;
        await this.repo.update(m, c.id, patch);
        let outputId: string | null = null;
        if (state === 'certified') {
          const judgements = await this.repo.judgementsOf(c.id, m);
          const validated = q.competences.filter((x) => judgements.some((j) => j.competenceId === x.id && j.outcome === 'validated'));
          outputId = await this.outputs.issue(m, ctx, locked, q, holder, {
            kind: 'certificate',
            summary: null,
            evidence: [],
            competences: validated.map((x) => ({ code: x.code, title: x.title, adaRef: x.adaRef })),
            exam: { date: body.examDate, commissionRef: body.commissionRef.trim() },
          });
        }
        await this.audit.record(
          ctx,
          { action: 'ivc.exam.recorded', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, details: { outcome: body.outcome, outputId } },
          m,
        );
      }),
    );
    return this.access.view(ctx, c.id);
  }

  private async asRegionAssessor(ctx: RequestContext, caseId: string) {
    const a = await this.access.access(ctx, caseId);
    if (!a.who.regionAssessor || !a.assessor) throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    return { c: a.c, assessor: a.assessor };
  }

  private async asCaseAssessor(ctx: RequestContext, caseId: string): Promise<IvcCaseEntity> {
    const { c } = await this.asRegionAssessor(ctx, caseId);
    if (c.assessorFiscalCode !== ctx.principal.fiscalCode) throw new DomainError(ErrorCode.IVC_NOT_CASE_ASSESSOR);
    return c;
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isGuideCheck(e)) throw new DomainError(ErrorCode.IVC_ASSESSOR_IS_GUIDING_OPERATOR);
      throw e;
    }
  }

  private async step(m: EntityManager, id: string, state: IvcCaseEntity['state']): Promise<IvcCaseEntity> {
    const locked = await this.repo.lock(m, id);
    if (!locked) throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    if (locked.state !== state) throw new DomainError(ErrorCode.IVC_CASE_STATE_INVALID, `The case is ${locked.state}, this step needs ${state}`);
    return locked;
  }
}
