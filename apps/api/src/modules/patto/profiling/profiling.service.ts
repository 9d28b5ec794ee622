import { Injectable } from '@nestjs/common';
import { ErrorCode, type PattoTemplateResponse, type ProfilingResponse, type QualitativeAssessmentBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { todayRome } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { DidService } from '../did/did.service';
import { ProfessionalProfileSource } from '../profile-facts/professional-profile-source';
import { computeIndex, suggestPathway } from '../domain/profiling';
import type { ProfilingEntity } from '../entities/profiling.entity';
import { toProfiling, toTemplate } from './profiling.mapper';
import { ProfilingRepository } from './profiling.repository';

/** The quantitative profiling (disadvantage index), the operator's qualitative assessment, the templates per pathway. */
@Injectable()
export class ProfilingService {
  constructor(
    private readonly repo: ProfilingRepository,
    private readonly registry: RegistryService,
    private readonly did: DidService,
    private readonly audit: AuditService,
    private readonly profile: ProfessionalProfileSource,
  ) {}

  /** The person's latest profiling with its model's note, or null. */
  async latest(citizenId: string): Promise<{ row: ProfilingEntity; note: string } | null> {
    const row = await this.repo.latestOf(citizenId);
    if (!row) return null;
    return { row, note: (await this.repo.model(row.modelVersion)).note };
  }

  /**
   * The quantitative index with the current model, from the DID data (never typed in) and the person's professional
   * profile, which matching owns: an experience, a title or a licence added there counts as much as one in the DID
   * (one fact, one owner each; the union, experiences counted once by title and start).
   */
  async run(ctx: RequestContext, citizenId: string, now = new Date()): Promise<ProfilingResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.profiling.compute');
    const did = await this.did.activeDid(citizen.id);
    if (!did) throw new DomainError(ErrorCode.DID_NOT_FOUND, 'Profiling needs an active DID');
    const profile = await this.profile.factsOf(citizen.id);
    const eqfs = [...did.sap.education, ...(profile?.education ?? [])].map((e) => e.eqfLevel);
    const jobKeys = new Set([
      ...did.sap.jobs.map((j) => `${j.occupation.trim().toLowerCase()}|${j.from}`),
      ...(profile?.experiences ?? []).map((e) => `${e.title.trim().toLowerCase()}|${e.from}`),
    ]);
    const licences = [...new Set([...did.sap.licences, ...(profile?.licences ?? [])])];
    const model = await this.repo.activeModel();
    const details = await this.registry.citizenDetails(citizen.id);
    const today = todayRome(now);
    const status = this.did.statusOf(did, today);
    const result = computeIndex(
      { version: model.version, intercept: Number(model.intercept), coefficients: model.coefficients, cutoffs: model.cutoffs },
      {
        birthDate: details?.birthDate ?? null,
        gender: details?.gender ?? null,
        citizenship: did.citizenship,
        maxEqf: eqfs.length ? Math.max(...eqfs) : null,
        monthsUnemployed: status.monthsUnemployed,
        benefit: did.benefit,
        jobs: jobKeys.size,
        licences,
      },
      today,
    );
    const row = await this.repo.transaction(async (m) => {
      const saved = await this.repo.insert(m, {
        citizenId: citizen.id,
        didId: did.id,
        modelVersion: model.version,
        disadvantageIndex: result.index.toFixed(4),
        factors: result.factors,
        computedAt: now,
        computedBy: ctx.principal.fiscalCode,
        suggestedPathway: suggestPathway(result.index, null, false, model.cutoffs),
      });
      await this.audit.record(
        ctx,
        {
          action: 'patto.profiling.computed',
          resourceType: 'profiling',
          resourceId: saved.id,
          subjectFiscalCode: citizen.fiscalCode,
          actorOfficeId: citizen.officeId,
          details: { index: result.index, model: model.version },
        },
        m,
      );
      return saved;
    });
    return toProfiling(row, model.note);
  }

  /** The operator's qualitative assessment: suggestion recomputed from it; a different choice needs a reason. */
  async assess(ctx: RequestContext, citizenId: string, body: QualitativeAssessmentBody): Promise<ProfilingResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, citizenId, 'patto.profiling.assess');
    const latest = await this.latest(citizen.id);
    if (!latest) throw new DomainError(ErrorCode.PROFILING_REQUIRED);
    const model = await this.repo.model(latest.row.modelVersion);
    const suggested = suggestPathway(Number(latest.row.disadvantageIndex), body.skillsGap, body.needsSocialSupport, model.cutoffs);
    const reason = body.overrideReason?.trim() ?? '';
    if (body.pathway !== suggested && reason.length < 5) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, `Pathway ${body.pathway} differs from the suggested ${suggested}: give the reason`, [
        { pointer: '/overrideReason', detail: 'a reason (at least 5 characters) is required when the pathway differs from the suggestion', constraint: 'required' },
      ]);
    }
    const row = await this.repo.transaction(async (m) => {
      const updated = await this.repo.update(m, latest.row.id, {
        skillsGap: body.skillsGap,
        needsSocialSupport: body.needsSocialSupport,
        notes: body.notes?.trim() || null,
        suggestedPathway: suggested,
        chosenPathway: body.pathway,
        overrideReason: body.pathway === suggested ? null : reason,
        assessedBy: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        assessedAt: new Date(),
      });
      await this.audit.record(
        ctx,
        {
          action: 'patto.profiling.assessed',
          resourceType: 'profiling',
          resourceId: latest.row.id,
          subjectFiscalCode: citizen.fiscalCode,
          actorOfficeId: citizen.officeId,
          details: { suggested, chosen: body.pathway },
        },
        m,
      );
      return updated;
    });
    return toProfiling(row, latest.note);
  }

  async templates(): Promise<PattoTemplateResponse[]> {
    return (await this.repo.templates()).map(toTemplate);
  }
}
