import { Injectable } from '@nestjs/common';
import { ErrorCode, type CitizenIvcCaseResponse, type IvcCaseState, type IvcCaseSummaryResponse, type RequestIvcBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { RegistryService } from '../../registry/registry.service';
import { AssessorsService } from '../assessors/assessors.service';
import type { IvcCaseEntity } from '../entities/case.entity';
import { toCitizenCase, toSummary } from '../ivc.mapper';
import { OutputsService } from '../outputs/outputs.service';
import { RepertoireRepository } from '../repertoire/repertoire.repository';
import { RepertoireService } from '../repertoire/repertoire.service';
import { CaseAccessService } from './case-access.service';
import { CasesRepository, type OutputRow } from './cases.repository';
import { isUniqueViolation } from '../../../platform/errors/pg-errors';

/** The citizen's requests and their view of them; the lists of the office and of the assessor; the outputs' files. */
@Injectable()
export class CasesService {
  constructor(
    private readonly repo: CasesRepository,
    private readonly repertoire: RepertoireService,
    private readonly qualifications: RepertoireRepository,
    private readonly access: CaseAccessService,
    private readonly assessors: AssessorsService,
    private readonly outputs: OutputsService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async request(ctx: RequestContext, body: RequestIvcBody): Promise<CitizenIvcCaseResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const q = await this.repertoire.require(body.qualificationId);
    if (!me.officeId) throw new DomainError(ErrorCode.IVC_CASE_STATE_INVALID, 'The person has no CPI office to guide the validation');
    const c = await this.repo
      .transaction(async (m) => {
        const created = await this.repo.insert(m, {
          citizenId: me.id,
          fiscalCode: me.fiscalCode,
          officeId: me.officeId!,
          qualificationId: q.id,
          requestNote: body.note?.trim() || null,
        });
        await this.audit.record(
          ctx,
          {
            action: 'ivc.case.requested',
            resourceType: 'ivc_case',
            resourceId: created.id,
            subjectFiscalCode: me.fiscalCode,
            details: { qualificationCode: q.code, region: q.region },
          },
          m,
        );
        return created;
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw new DomainError(ErrorCode.IVC_CASE_ALREADY_OPEN);
        throw e;
      });
    const officeName = (await this.registry.officeNames([c.officeId])).get(c.officeId);
    return toCitizenCase(c, q, [], [], officeName);
  }

  async mine(ctx: RequestContext): Promise<CitizenIvcCaseResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const cases = await this.repo.ofCitizen(me.id);
    await this.audit.record(ctx, { action: 'ivc.case.list', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.citizenViews(cases);
  }

  async mineOne(ctx: RequestContext, caseId: string): Promise<CitizenIvcCaseResponse> {
    const c = await this.ownCase(ctx, caseId);
    await this.audit.record(ctx, { action: 'ivc.case.read', resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode });
    return (await this.citizenViews([c]))[0]!;
  }

  private async citizenViews(cases: IvcCaseEntity[]): Promise<CitizenIvcCaseResponse[]> {
    const ids = cases.map((c) => c.id);
    const [quals, outputs, offices, judgements] = await Promise.all([
      this.qualifications.byIds([...new Set(cases.map((c) => c.qualificationId))]),
      this.repo.outputsOf(ids),
      this.registry.officeNames(cases.map((c) => c.officeId)),
      Promise.all(cases.map((c) => this.repo.judgementsOf(c.id))),
    ]);
    return cases.map((c, i) =>
      toCitizenCase(
        c,
        quals.find((q) => q.id === c.qualificationId)!,
        judgements[i]!,
        outputs.filter((o) => o.caseId === c.id),
        offices.get(c.officeId),
      ),
    );
  }

  private async ownCase(ctx: RequestContext, caseId: string): Promise<IvcCaseEntity> {
    const me = await this.registry.selfAsCitizen(ctx);
    const c = await this.repo.byId(caseId);
    if (!c || c.citizenId !== me.id) throw new DomainError(ErrorCode.IVC_CASE_NOT_FOUND);
    return c;
  }

  /** Cases of the offices the caller serves (the people's names are read: audited per case). */
  async ofMyOffices(ctx: RequestContext, state?: IvcCaseState): Promise<IvcCaseSummaryResponse[]> {
    const staff = ctx.principal.staff;
    if (!staff) throw new DomainError(ErrorCode.FORBIDDEN);
    return this.summaries(ctx, await this.repo.ofOffices(staff.officeIds, state), 'ivc.case.list');
  }

  /** Waiting for an assessor in the caller's region, the cases they assess and validated ones (for the exam). */
  async forAssessor(ctx: RequestContext): Promise<IvcCaseSummaryResponse[]> {
    const a = await this.assessors.current(ctx);
    if (!a) throw new DomainError(ErrorCode.FORBIDDEN);
    return this.summaries(ctx, await this.repo.forAssessor(a.regionId, a.fiscalCode), 'ivc.assessment.list');
  }

  private async summaries(ctx: RequestContext, cases: IvcCaseEntity[], action: string): Promise<IvcCaseSummaryResponse[]> {
    const [people, quals] = await Promise.all([
      this.registry.citizensByIds([...new Set(cases.map((c) => c.citizenId))]),
      this.qualifications.byIds([...new Set(cases.map((c) => c.qualificationId))]),
    ]);
    await this.audit.record(
      ctx,
      cases.map((c) => ({ action, resourceType: 'ivc_case', resourceId: c.id, subjectFiscalCode: c.fiscalCode })),
    );
    return cases.map((c) => {
      const p = people.get(c.citizenId);
      return toSummary(
        c,
        p ? `${p.givenName} ${p.familyName}` : c.fiscalCode,
        quals.find((q) => q.id === c.qualificationId),
      );
    });
  }

  /** The sealed PDF of an output: the citizen's own, or in the operator's/assessor's scope. Audited. */
  async pdf(ctx: RequestContext, side: 'citizen' | 'operator', outputId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const o = await this.outputInScope(ctx, side, outputId);
    const bytes = await this.repo.pdfOf(o.id);
    if (!bytes) throw new DomainError(ErrorCode.IVC_OUTPUT_NOT_FOUND);
    return { fileName: `ivc-${o.kind}-${o.id.slice(0, 8)}.pdf`, bytes };
  }

  /** The Open Badge of one of my outputs, as the compact JWS (application/vc+jwt). Audited. */
  async badge(ctx: RequestContext, outputId: string): Promise<{ fileName: string; jwt: string }> {
    const o = await this.outputInScope(ctx, 'citizen', outputId, 'ivc.output.badge');
    const jwt = o.credentialId ? await this.outputs.badgeJwt(o.id, o.kind) : null;
    if (!jwt) throw new DomainError(ErrorCode.IVC_OUTPUT_NOT_FOUND);
    return { fileName: `open-badge-${o.kind}-${o.id.slice(0, 8)}.jwt`, jwt };
  }

  private async outputInScope(ctx: RequestContext, side: 'citizen' | 'operator', outputId: string, action = 'ivc.output.pdf'): Promise<OutputRow> {
    const o = await this.repo.output(outputId);
    if (!o) throw new DomainError(ErrorCode.IVC_OUTPUT_NOT_FOUND);
    let c: IvcCaseEntity;
    try {
      c = side === 'citizen' ? await this.ownCase(ctx, o.caseId) : (await this.access.access(ctx, o.caseId)).c;
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.IVC_CASE_NOT_FOUND) throw new DomainError(ErrorCode.IVC_OUTPUT_NOT_FOUND);
      throw e;
    }
    await this.audit.record(ctx, { action, resourceType: 'ivc_output', resourceId: o.id, subjectFiscalCode: c.fiscalCode, details: { kind: o.kind } });
    return o;
  }
}
