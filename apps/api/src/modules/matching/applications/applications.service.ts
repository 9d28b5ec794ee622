import { Injectable } from '@nestjs/common';
import { ErrorCode, type ApplicationResponse } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import type { ApplicationEntity } from '../entities/application.entity';
import type { VacancyEntity } from '../entities/vacancy.entity';
import { MatchingEngineService } from '../engine/matching-engine.service';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationsRepository } from './applications.repository';

/**
 * The citizen's side of applications: apply (or confirm a CPI proposal), save a vacancy, my applications, consent to
 * be named to the employer. The operator's side is in preselection.service.ts and outcomes.service.ts.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly vacancyRows: VacanciesRepository,
    private readonly registry: RegistryService,
    private readonly engine: MatchingEngineService,
    private readonly audit: AuditService,
  ) {}

  private async openVacancy(id: string): Promise<VacancyEntity> {
    const v = await this.vacancyRows.byId(id);
    // a vacancy citizens never saw (a draft, a rejected one) answers as an unknown id: no 409 that reveals it exists
    if (!v || !VacanciesService.knownToCitizens(v)) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    if (v.status !== 'published' || v.expiresOn < romeParts(new Date()).date) throw new DomainError(ErrorCode.VACANCY_NOT_OPEN);
    return v;
  }

  async apply(ctx: RequestContext, vacancyId: string): Promise<ApplicationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.openVacancy(vacancyId);
    const match = await this.engine.pair(me.id, vacancyId);
    const id = await this.repo.transaction(async (m) => {
      const existing = await this.repo.ofPersonFor(m, vacancyId, me.id);
      if (existing && existing.status !== 'proposed' && existing.status !== 'shortlisted') throw new DomainError(ErrorCode.ALREADY_APPLIED);
      if (existing) {
        // proposed by the CPI first: applying confirms the interest (status unchanged, consent granted)
        await this.repo.update(m, existing.id, { consent: 'granted', consentAt: new Date() });
        await this.audit.record(ctx, { action: 'matching.application.confirmed', resourceType: 'application', resourceId: existing.id, subjectFiscalCode: me.fiscalCode }, m);
        return existing.id;
      }
      let a: ApplicationEntity;
      try {
        a = await this.repo.insert(m, { vacancyId, citizenId: me.id, status: 'applied', score: match ? String(match.score) : null, consent: 'granted', consentAt: new Date() });
      } catch (e) {
        // two applies at once: the unique key decides, the loser gets the same answer as a repeat
        if ((e as { constraint?: string }).constraint === 'applications_vacancy_citizen_key') throw new DomainError(ErrorCode.ALREADY_APPLIED);
        throw e;
      }
      await this.audit.record(ctx, { action: 'matching.application.created', resourceType: 'application', resourceId: a.id, subjectFiscalCode: me.fiscalCode }, m);
      return a.id;
    });
    return this.responseOf(id);
  }

  async save(ctx: RequestContext, vacancyId: string, saved: boolean): Promise<void> {
    const me = await this.registry.selfAsCitizen(ctx);
    if (saved) await this.openVacancy(vacancyId);
    await this.repo.saveVacancy(me.id, vacancyId, saved);
    await this.audit.record(ctx, {
      action: saved ? 'matching.vacancy.saved' : 'matching.vacancy.unsaved',
      resourceType: 'vacancy',
      resourceId: vacancyId,
      subjectFiscalCode: me.fiscalCode,
    });
  }

  async mine(ctx: RequestContext): Promise<ApplicationResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.ofPerson(me.id);
    await this.audit.record(ctx, { action: 'matching.applications.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.toResponses(rows);
  }

  async consent(ctx: RequestContext, applicationId: string, granted: boolean): Promise<ApplicationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.repo.transaction(async (m) => {
      const a = await this.repo.lockById(m, applicationId, me.id);
      if (!a) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
      await this.repo.update(m, a.id, { consent: granted ? 'granted' : 'refused', consentAt: new Date() });
      await this.audit.record(
        ctx,
        { action: 'matching.application.consent', resourceType: 'application', resourceId: a.id, subjectFiscalCode: me.fiscalCode, details: { granted } },
        m,
      );
    });
    return this.responseOf(applicationId);
  }

  /** The application as it is now (after a change). */
  async responseOf(applicationId: string): Promise<ApplicationResponse> {
    const a = await this.repo.byId(applicationId);
    if (!a) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
    return (await this.toResponses([a]))[0]!;
  }

  async toResponses(rows: ApplicationEntity[]): Promise<ApplicationResponse[]> {
    const vacs = await this.vacancyRows.byIds([...new Set(rows.map((a) => a.vacancyId))]);
    const companies = await this.registry.companyNames([...new Set(vacs.flatMap((v) => (v.companyId ? [v.companyId] : [])))]);
    return rows.map((a) => {
      const v = vacs.find((x) => x.id === a.vacancyId);
      const company = v?.companyId ? companies.get(v.companyId) : undefined;
      return {
        id: a.id,
        vacancyId: a.vacancyId,
        vacancyTitle: v?.title ?? '',
        ...(company ? { companyName: company } : {}),
        status: a.status,
        consent: a.consent,
        ...(a.outcome ? { outcome: a.outcome } : {}),
        ...(a.score !== null ? { score: Number(a.score) } : {}),
        ...(a.sharedAt ? { sharedAt: a.sharedAt.toISOString() } : {}),
        createdAt: a.createdAt.toISOString(),
      };
    });
  }
}
