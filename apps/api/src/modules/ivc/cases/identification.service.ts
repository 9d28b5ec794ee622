import { Injectable } from '@nestjs/common';
import { ErrorCode, type AddIvcEvidenceBody, type IvcCaseResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { DossierService } from '../../dossier/dossier.service';
import { MatchingProfilesService } from '../../matching/profiles/matching-profiles.service';
import { RegistryService } from '../../registry/registry.service';
import type { IvcCaseEntity } from '../entities/case.entity';
import { OutputsService } from '../outputs/outputs.service';
import { RepertoireService } from '../repertoire/repertoire.service';
import { CaseAccessService } from './case-access.service';
import { CasesRepository } from './cases.repository';

const field = (pointer: string, detail: string) => new DomainError(ErrorCode.VALIDATION_FAILED, detail, [{ pointer, detail, constraint: 'exists' }]);

/**
 * Identification (individuazione): an operator of the person's office takes charge as the guiding operator, builds
 * the dossier of evidence (experiences of the matching profile, documents of the person's dossier, notes) and closes
 * the phase with the documento di trasparenza.
 */
@Injectable()
export class IdentificationService {
  constructor(
    private readonly repo: CasesRepository,
    private readonly access: CaseAccessService,
    private readonly repertoire: RepertoireService,
    private readonly outputs: OutputsService,
    private readonly profiles: MatchingProfilesService,
    private readonly dossier: DossierService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async takeCharge(ctx: RequestContext, caseId: string): Promise<IvcCaseResponse> {
    const { c, who } = await this.access.access(ctx, caseId);
    const staff = ctx.principal.staff;
    if (!who.officeStaff || !staff) throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    await this.repo.transaction(async (m) => {
      const locked = await this.step(m, c.id, 'requested');
      await this.repo.update(m, locked.id, {
        state: 'identification',
        guideStaffId: staff.staffId,
        guideFiscalCode: ctx.principal.fiscalCode,
        guideName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        regionId: staff.regionId,
        takenAt: new Date(),
      });
      await this.audit.record(ctx, { action: 'ivc.case.taken', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, actorOfficeId: c.officeId }, m);
    });
    return this.access.view(ctx, c.id);
  }

  async addEvidence(ctx: RequestContext, caseId: string, body: AddIvcEvidenceBody): Promise<IvcCaseResponse> {
    const c = await this.asGuide(ctx, caseId);
    const q = await this.repertoire.require(c.qualificationId);
    const bad = (body.competenceIds ?? []).findIndex((id) => !q.competences.some((x) => x.id === id));
    if (bad >= 0) throw field(`/competenceIds/${bad}`, 'not a competence of the qualification');
    let label: string;
    let experience: { title: string; employer?: string; from: string; to?: string } | null = null;
    if (body.kind === 'experience') {
      experience = (await this.profiles.experiencesOf(c.citizenId))[body.experienceIndex!] ?? null;
      if (!experience) throw field('/experienceIndex', 'no such experience in the person’s matching profile');
      label = [experience.title, experience.employer, `${experience.from}–${experience.to ?? ''}`].filter(Boolean).join(' · ');
    } else if (body.kind === 'document') {
      const person = await this.registry.citizenForStaff(ctx, c.citizenId, 'ivc.evidence.documents');
      const doc = (await this.dossier.documents(ctx, person, 'operator')).find((d) => d.id === body.documentId);
      if (!doc) throw field('/documentId', 'no such document in the person’s dossier');
      label = doc.fileName;
    } else label = body.text!.trim().slice(0, 80);
    await this.repo.transaction(async (m) => {
      await this.step(m, c.id, 'identification');
      const e = await this.repo.insertEvidence(m, {
        caseId: c.id,
        kind: body.kind,
        experience,
        documentId: body.kind === 'document' ? body.documentId! : null,
        label: label.slice(0, 400),
        text: body.text?.trim() || null,
        competenceIds: body.competenceIds ?? [],
        addedByStaffId: ctx.principal.staff!.staffId,
        addedByName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
      });
      await this.audit.record(
        ctx,
        {
          action: 'ivc.evidence.added',
          resourceType: 'ivc_case',
          resourceId: c.id,
          subjectFiscalCode: c.fiscalCode,
          actorOfficeId: c.officeId,
          details: { evidenceId: e.id, kind: body.kind },
        },
        m,
      );
    });
    return this.access.view(ctx, c.id);
  }

  async removeEvidence(ctx: RequestContext, caseId: string, evidenceId: string): Promise<IvcCaseResponse> {
    const c = await this.asGuide(ctx, caseId);
    await this.repo.transaction(async (m) => {
      await this.step(m, c.id, 'identification');
      if (!(await this.repo.deleteEvidence(m, c.id, evidenceId))) throw new DomainError(ErrorCode.IVC_EVIDENCE_NOT_FOUND);
      await this.audit.record(
        ctx,
        { action: 'ivc.evidence.removed', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, actorOfficeId: c.officeId, details: { evidenceId } },
        m,
      );
    });
    return this.access.view(ctx, c.id);
  }

  async close(ctx: RequestContext, caseId: string, summary: string): Promise<IvcCaseResponse> {
    const c = await this.asGuide(ctx, caseId);
    const q = await this.repertoire.require(c.qualificationId);
    const holder = await this.access.holderName(c.citizenId, c.fiscalCode);
    await this.repo.transaction(async (m) => {
      const locked = await this.step(m, c.id, 'identification');
      if ((await this.repo.evidenceCount(m, c.id)) === 0) throw new DomainError(ErrorCode.IVC_EVIDENCE_REQUIRED);
      await this.repo.update(m, c.id, { state: 'awaiting_validation', identificationSummary: summary.trim(), identifiedAt: new Date() });
      const evidence = await this.repo.evidenceOf(c.id);
      const outputId = await this.outputs.issue(m, ctx, { ...locked, identificationSummary: summary.trim() }, q, holder, {
        kind: 'transparency',
        summary: summary.trim(),
        evidence: evidence.map((e) => ({ kind: e.kind, label: e.label })),
        competences: q.competences.map((x) => ({ code: x.code, title: x.title, adaRef: x.adaRef })),
        exam: null,
      });
      await this.audit.record(
        ctx,
        { action: 'ivc.identification.closed', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode, actorOfficeId: c.officeId, details: { outputId } },
        m,
      );
    });
    return this.access.view(ctx, c.id);
  }

  /** The case, when the caller is its guiding operator (else IVC_NOT_GUIDING_OPERATOR; out of scope: not found). */
  private async asGuide(ctx: RequestContext, caseId: string): Promise<IvcCaseEntity> {
    const { c } = await this.access.access(ctx, caseId);
    if (c.guideFiscalCode !== ctx.principal.fiscalCode || !ctx.principal.staff) {
      if (c.state === 'requested') throw new DomainError(ErrorCode.IVC_CASE_STATE_INVALID, 'Take charge of the case first');
      throw new DomainError(ErrorCode.IVC_NOT_GUIDING_OPERATOR);
    }
    return c;
  }

  private async step(m: EntityManager, id: string, state: IvcCaseEntity['state']): Promise<IvcCaseEntity> {
    const locked = await this.repo.lock(m, id);
    if (!locked) throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    if (locked.state !== state) throw new DomainError(ErrorCode.IVC_CASE_STATE_INVALID, `The case is ${locked.state}, this step needs ${state}`);
    return locked;
  }
}
