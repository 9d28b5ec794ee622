import { Injectable } from '@nestjs/common';
import { ErrorCode, type ModerateVacancyBody, type OperatorVacancyBody, type VacancyBody, type VacancyResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { CompaniesService } from '../../registry/companies/companies.service';
import { RegistryService } from '../../registry/registry.service';
import type { VacancyEntity, VacancyFlag } from '../entities/vacancy.entity';
import { languagesWithRank } from '../profiles/profile-languages';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { VacanciesRepository } from './vacancies.repository';

export type VacancySide = { kind: 'employer'; companyIds: string[] } | { kind: 'operator'; officeIds: string[] };

/**
 * Vacancies from the company area and from operators: draft → published → closed, operator moderation, and the
 * discriminatory-requirement check (data-driven rules with their legal source) that blocks publication.
 */
@Injectable()
export class VacanciesService {
  constructor(
    private readonly repo: VacanciesRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly outbox: EventOutbox,
  ) {}

  async employerSide(ctx: RequestContext): Promise<VacancySide & { kind: 'employer' }> {
    const companies = await this.companies.approvedCompanies(ctx.principal.fiscalCode); // COMPANY_NOT_FOUND, COMPANY_NOT_APPROVED (pending, rejected)
    return { kind: 'employer', companyIds: companies.map((c) => c.id) };
  }
  operatorSide(ctx: RequestContext): VacancySide & { kind: 'operator' } {
    if (!ctx.principal.staff) throw new DomainError(ErrorCode.FORBIDDEN);
    return { kind: 'operator', officeIds: ctx.principal.staff.officeIds };
  }

  /** The discriminatory-requirement rules that the title or the description trip. */
  flagsOf(title: string, description: string, m?: EntityManager): Promise<VacancyFlag[]> {
    return this.repo.flagsOf(title, description, m);
  }

  /** The stored values of a vacancy body (taxonomy and place checked, flags computed); also for AgencyVacanciesService. */
  async values(body: VacancyBody, m: EntityManager): Promise<Partial<VacancyEntity>> {
    const occ = await this.taxonomy.requireOccupations([body.occupationId], () => '/occupationId');
    await this.taxonomy.requireSkills(
      body.skills.map((s) => s.skillId),
      (i) => `/skills/${i}/skillId`,
    );
    const comune = await this.taxonomy.comune(body.comuneIstat, '/comuneIstat', m);
    if (body.payMin !== undefined && body.payMax !== undefined && body.payMin > body.payMax) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'payMin above payMax', [{ pointer: '/payMax', detail: 'payMax must not be below payMin', constraint: 'order' }]);
    }
    const required = body.skills.filter((s) => s.required);
    const seen = new Set<number>();
    const dup = body.skills.findIndex((s) => (seen.has(s.skillId) ? true : (seen.add(s.skillId), false)));
    if (dup >= 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'skill repeated', [{ pointer: `/skills/${dup}/skillId`, detail: 'each skill once', constraint: 'unique' }]);
    return {
      title: body.title.trim(),
      occupationId: body.occupationId,
      iscoGroup: Math.floor(Number(occ.get(body.occupationId)!.iscoCode) / 10),
      description: body.description.trim(),
      requiredSkillIds: required.map((s) => s.skillId),
      requiredWeights: required.map((s) => s.weight),
      optionalSkillIds: body.skills.filter((s) => !s.required).map((s) => s.skillId),
      minEqf: body.minEqf,
      languages: languagesWithRank(body.languages),
      licences: [...new Set(body.licences)],
      comuneIstat: comune.istat,
      location: `(${comune.lon},${comune.lat})`,
      contractType: body.contractType,
      hours: body.hours,
      payMin: body.payMin === undefined ? null : String(body.payMin),
      payMax: body.payMax === undefined ? null : String(body.payMax),
      durationMonths: body.durationMonths ?? null,
      startDate: body.startDate ?? null,
      positions: body.positions,
      expiresOn: body.expiresOn,
      flags: await this.flagsOf(body.title, body.description, m),
    };
  }

  async create(ctx: RequestContext, side: VacancySide, body: VacancyBody | OperatorVacancyBody): Promise<VacancyResponse> {
    let companyId: string | null;
    let officeId: string | null = null;
    if (side.kind === 'employer') companyId = side.companyIds[0]!;
    else {
      const b = body as OperatorVacancyBody;
      if (!side.officeIds.includes(b.officeId))
        throw new DomainError(ErrorCode.OFFICE_NOT_SERVED, 'Not one of your offices', [{ pointer: '/officeId', detail: 'not an office you serve', constraint: 'scope' }]);
      companyId = b.companyId ?? null;
      officeId = b.officeId;
      if (companyId && (await this.registry.companyNames([companyId])).size === 0)
        throw new DomainError(ErrorCode.COMPANY_NOT_FOUND, 'No such company', [{ pointer: '/companyId', detail: 'unknown company', constraint: 'exists' }]);
    }
    const id = await this.repo.transaction(async (m) => {
      const vacancyId = await this.repo.insert(m, {
        ...(await this.values(body, m)),
        companyId,
        officeId,
        createdBy: ctx.principal.fiscalCode,
        status: 'draft',
        moderation: side.kind === 'operator' ? 'approved' : 'pending',
      });
      await this.audit.record(ctx, { action: 'matching.vacancy.created', resourceType: 'vacancy', resourceId: vacancyId, subjectFiscalCode: null }, m);
      return vacancyId;
    });
    return this.get(side, id);
  }

  async update(ctx: RequestContext, side: VacancySide, id: string, body: VacancyBody): Promise<VacancyResponse> {
    await this.repo.transaction(async (m) => {
      const v = await this.inScope(side, id, m, true);
      if (v.status !== 'draft') throw new DomainError(ErrorCode.VACANCY_NOT_EDITABLE, 'Only drafts can be edited');
      await this.repo.update(m, v.id, await this.values(body, m));
      await this.audit.record(ctx, { action: 'matching.vacancy.updated', resourceType: 'vacancy', resourceId: v.id, subjectFiscalCode: null }, m);
    });
    return this.get(side, id);
  }

  /** Publication re-checks the text: while a flagged requirement remains the answer is 422 naming the field. */
  async publish(ctx: RequestContext, side: VacancySide, id: string): Promise<VacancyResponse> {
    await this.repo.transaction(async (m) => {
      const v = await this.inScope(side, id, m, true);
      if (v.status !== 'draft') throw new DomainError(ErrorCode.VACANCY_NOT_EDITABLE, 'Only drafts can be published');
      const flags = await this.flagsOf(v.title, v.description, m);
      await this.repo.update(m, v.id, { flags });
      if (flags.length > 0) {
        // the flags are saved (the employer sees them) even though publication is refused
        await this.audit.record(
          ctx,
          {
            action: 'matching.vacancy.publish-refused',
            resourceType: 'vacancy',
            resourceId: v.id,
            subjectFiscalCode: null,
            outcome: 'denied',
            details: { flags: flags.map((f) => f.code) },
          },
          m,
        );
        return;
      }
      await this.repo.update(m, v.id, { status: 'published', publishedAt: new Date() });
      await this.audit.record(ctx, { action: 'matching.vacancy.published', resourceType: 'vacancy', resourceId: v.id, subjectFiscalCode: null }, m);
    });
    const after = await this.get(side, id);
    if (after.status === 'draft' && after.flags.length > 0) {
      // codes, not the rules' Italian reasons: the SPAs word each flag (`constraint`) from their catalogues
      throw new DomainError(
        ErrorCode.VACANCY_FLAGGED,
        `Possibly discriminatory requirements: ${after.flags.map((f) => f.code).join(', ')}`,
        after.flags.map((f) => ({ pointer: `/${f.field}`, detail: `«${f.excerpt}» (${f.code}; ${f.source})`, constraint: f.code })),
      );
    }
    return after;
  }

  async close(ctx: RequestContext, side: VacancySide, id: string): Promise<VacancyResponse> {
    await this.repo.transaction(async (m) => {
      const v = await this.inScope(side, id, m, true);
      if (v.status === 'closed') throw new DomainError(ErrorCode.VACANCY_NOT_EDITABLE, 'Already closed');
      await this.repo.update(m, v.id, { status: 'closed' });
      await this.audit.record(ctx, { action: 'matching.vacancy.closed', resourceType: 'vacancy', resourceId: v.id, subjectFiscalCode: null }, m);
      // a published vacancy of a company that closes is a service delivered to the company (surveys ask it how it went)
      if (v.status === 'published' && v.companyId) {
        // the office handling the vacancy, else the one serving the company's main site
        const officeId = v.officeId ?? (side.kind === 'employer' ? (await this.companies.requireApproved(ctx, v.companyId)).officeId : null);
        await this.outbox.publish(m, {
          type: 'vacancy.closed',
          aggregateType: 'vacancy',
          aggregateId: v.id,
          payload: {
            vacancyId: v.id,
            companyId: v.companyId,
            officeId,
            title: v.title,
            closedBy: side.kind,
            closedByFiscalCode: ctx.principal.fiscalCode,
            closedAt: new Date().toISOString(),
          },
        });
      }
    });
    return this.get(side, id);
  }

  /**
   * Moderation follows the visibility rule of the GET route (`inScope`): an operator moderates the published vacancies
   * of the region and the vacancies of their own offices; anything else (another office's or a company's draft) is
   * 404, as on GET. Only published vacancies are moderated. The answer is the vacancy as the GET route showed it to
   * this operator when they decided (a rejected vacancy of another office is closed by the decision, and so leaves
   * their view afterwards).
   */
  async moderate(ctx: RequestContext, id: string, body: ModerateVacancyBody): Promise<VacancyResponse> {
    const side = this.operatorSide(ctx);
    const after = await this.repo.transaction(async (m) => {
      const v = await this.inScope(side, id, m, true);
      if (v.status !== 'published') throw new DomainError(ErrorCode.VACANCY_NOT_EDITABLE, 'Only published vacancies are moderated');
      await this.repo.update(m, v.id, {
        moderation: body.decision,
        moderationNote: body.note?.trim() || null,
        ...(body.decision === 'rejected' ? { status: 'closed' as const } : {}),
      });
      await this.audit.record(
        ctx,
        { action: 'matching.vacancy.moderated', resourceType: 'vacancy', resourceId: v.id, subjectFiscalCode: null, details: { decision: body.decision } },
        m,
      );
      return this.repo.byIdOrFail(v.id, m);
    });
    return (await this.toResponses([after]))[0]!;
  }

  /**
   * Who sees a vacancy: the company's referents; operators of the office that manages it — and, region-wide, any
   * operator for published ones (moderation and preselection are regional services).
   */
  async inScope(side: VacancySide, id: string, m?: EntityManager, lock = false): Promise<VacancyEntity> {
    const v = await this.repo.byId(id, { ...(m ? { m } : {}), lock });
    const ok =
      !!v &&
      (side.kind === 'employer' ? !!v.companyId && side.companyIds.includes(v.companyId) : v.status === 'published' || (!!v.officeId && side.officeIds.includes(v.officeId)));
    if (!v || !ok) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    return v;
  }

  /**
   * What a citizen may know of a vacancy: one published (and not rejected) is public knowledge, even once closed or
   * expired; a draft, a draft closed unpublished, or a rejected one is not (404, as for an unknown id).
   */
  static knownToCitizens(v: VacancyEntity): boolean {
    return v.publishedAt !== null && v.moderation !== 'rejected';
  }

  async get(side: VacancySide, id: string): Promise<VacancyResponse> {
    const v = await this.inScope(side, id);
    return (await this.toResponses([v]))[0]!;
  }

  async list(side: VacancySide): Promise<VacancyResponse[]> {
    const rows = side.kind === 'employer' ? await this.repo.ofCompanies(side.companyIds) : await this.repo.forOffices(side.officeIds);
    return this.toResponses(rows);
  }

  async toResponses(rows: VacancyEntity[]): Promise<VacancyResponse[]> {
    const [occ, labels, companies, comuni] = await Promise.all([
      this.taxonomy.occupations(rows.map((v) => v.occupationId)),
      this.taxonomy.skillLabels(rows.flatMap((v) => [...v.requiredSkillIds, ...v.optionalSkillIds])),
      this.registry.companyNames(rows.flatMap((v) => (v.companyId ? [v.companyId] : []))),
      this.taxonomy.comuneNames(rows.map((v) => v.comuneIstat)),
    ]);
    return rows.map((v) => ({
      id: v.id,
      title: v.title,
      occupationId: v.occupationId,
      occupationLabel: occ.get(v.occupationId)?.label ?? '',
      description: v.description,
      ...(v.companyId && companies.get(v.companyId) ? { companyName: companies.get(v.companyId)! } : {}),
      comuneIstat: v.comuneIstat,
      comuneName: comuni.get(v.comuneIstat) ?? v.comuneIstat,
      contractType: v.contractType,
      hours: v.hours,
      ...(v.payMin !== null ? { payMin: Number(v.payMin) } : {}),
      ...(v.payMax !== null ? { payMax: Number(v.payMax) } : {}),
      ...(v.durationMonths ? { durationMonths: v.durationMonths } : {}),
      ...(v.startDate ? { startDate: v.startDate } : {}),
      positions: v.positions,
      expiresOn: v.expiresOn,
      status: v.status,
      moderation: v.moderation,
      ...(v.moderationNote ? { moderationNote: v.moderationNote } : {}),
      minEqf: v.minEqf,
      skills: [
        ...v.requiredSkillIds.map((id, i) => ({ skillId: id, label: labels.get(id) ?? '', required: true, weight: v.requiredWeights[i] ?? 1 })),
        ...v.optionalSkillIds.map((id) => ({ skillId: id, label: labels.get(id) ?? '', required: false, weight: 1 })),
      ],
      languages: v.languages.map((l) => ({ language: l.language, level: l.level })),
      licences: v.licences,
      flags: v.flags,
      ...(v.publishedAt ? { publishedAt: v.publishedAt.toISOString() } : {}),
    }));
  }
}
