import { Injectable } from '@nestjs/common';
import { ErrorCode, type IvcCaseResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { MatchingProfilesService } from '../../matching/profiles/matching-profiles.service';
import { RegistryService } from '../../registry/registry.service';
import { AssessorsService } from '../assessors/assessors.service';
import { allowedActions, type Caller } from '../domain/case-state';
import type { IvcAssessorEntity } from '../entities/assessor.entity';
import type { IvcCaseEntity } from '../entities/case.entity';
import { toCaseResponse } from '../ivc.mapper';
import { RepertoireService } from '../repertoire/repertoire.service';
import { CasesRepository } from './cases.repository';

export interface CaseAccess {
  c: IvcCaseEntity;
  who: Caller;
  assessor: IvcAssessorEntity | null;
}

/**
 * Who may see a case on the operator side: staff of the person's office (operators, managers; a region admin's offices
 * are the region's) and the assessors appointed for the case's region. Anyone else gets IVC_CASE_NOT_FOUND, audited as
 * denied, the same as for a case that does not exist.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly repo: CasesRepository,
    private readonly repertoire: RepertoireService,
    private readonly assessors: AssessorsService,
    private readonly registry: RegistryService,
    private readonly profiles: MatchingProfilesService,
    private readonly audit: AuditService,
  ) {}

  async access(ctx: RequestContext, caseId: string): Promise<CaseAccess> {
    const c = await this.repo.byId(caseId);
    const staff = ctx.principal.staff;
    const assessor = await this.assessors.current(ctx);
    const officeStaff = !!c && !!staff && staff.officeIds.includes(c.officeId);
    const regionAssessor = !!c && !!assessor && c.regionId === assessor.regionId;
    if (!c || (!officeStaff && !regionAssessor)) {
      await this.audit.record(ctx, { action: 'ivc.case.read', resourceType: 'ivc_case', resourceId: caseId, subjectFiscalCode: c?.fiscalCode ?? null, outcome: 'denied' });
      throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    }
    return { c, who: { fiscalCode: ctx.principal.fiscalCode, officeStaff, regionAssessor }, assessor };
  }

  /** The whole case as the caller may see it (audited as a read of the person's data). */
  async view(ctx: RequestContext, caseId: string): Promise<IvcCaseResponse> {
    const a = await this.access(ctx, caseId);
    const c = a.c;
    const [q, people, offices, evidence, judgements, outputs] = await Promise.all([
      this.repertoire.require(c.qualificationId),
      this.registry.citizensByIds([c.citizenId]),
      this.registry.officeNames([c.officeId]),
      this.repo.evidenceOf(c.id),
      this.repo.judgementsOf(c.id),
      this.repo.outputsOf([c.id]),
    ]);
    const isGuideNow = c.state === 'identification' && c.guideFiscalCode === ctx.principal.fiscalCode;
    const experiences = isGuideNow ? await this.profiles.experiencesOf(c.citizenId) : undefined;
    await this.audit.record(ctx, {
      action: 'ivc.case.read',
      resourceType: 'ivc_case',
      resourceId: c.id,
      subjectFiscalCode: c.fiscalCode,
      actorOfficeId: a.who.officeStaff ? c.officeId : null,
    });
    const person = people.get(c.citizenId);
    const officeName = offices.get(c.officeId);
    return toCaseResponse({
      c,
      qualification: q,
      citizenName: person ? `${person.givenName} ${person.familyName}` : c.fiscalCode,
      ...(officeName ? { officeName } : {}),
      evidence,
      judgements,
      outputs,
      actions: allowedActions(c, a.who),
      ...(experiences ? { profileExperiences: experiences.map((e, index) => ({ index, ...e })) } : {}),
    });
  }

  /** The holder's name for outputs (registry data, read by the use case that prints it). */
  async holderName(citizenId: string, fallback: string): Promise<string> {
    const p = (await this.registry.citizensByIds([citizenId])).get(citizenId);
    return p ? `${p.givenName} ${p.familyName}` : fallback;
  }
}
