import { Injectable } from '@nestjs/common';
import { ErrorCode, type VacancyBody, type VacancyResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

/**
 * Vacancies of accredited agencies (issue 14), for the agencies module: published in one step into the matching engine,
 * refused with the same discriminatory-wording flags as the employers' and operators' (422 naming the fields; nothing
 * is stored). Region operators moderate them like the companies'. Which agency owns which vacancy is the agencies
 * module's record (it calls `publishIn` inside its own transaction).
 */
@Injectable()
export class AgencyVacanciesService {
  constructor(
    private readonly repo: VacanciesRepository,
    private readonly vacancies: VacanciesService,
    private readonly audit: AuditService,
  ) {}

  /** Checks the wording first: VACANCY_FLAGGED (422) with a pointer per flagged field. */
  async checkWording(body: VacancyBody): Promise<void> {
    const flags = await this.vacancies.flagsOf(body.title, body.description);
    if (flags.length > 0) {
      throw new DomainError(
        ErrorCode.VACANCY_FLAGGED,
        `Possibly discriminatory requirements: ${flags.map((f) => f.code).join(', ')}`,
        flags.map((f) => ({ pointer: `/${f.field}`, detail: `«${f.excerpt}» (${f.code}; ${f.source})`, constraint: f.code })),
      );
    }
  }

  /** Writes and publishes the vacancy in the caller's transaction; returns its id. */
  async publishIn(m: EntityManager, ctx: RequestContext, body: VacancyBody, agencyId: string): Promise<string> {
    const values = await this.vacancies.values(body, m);
    if ((values.flags ?? []).length > 0) throw new DomainError(ErrorCode.VACANCY_FLAGGED);
    const id = await this.repo.insert(m, {
      ...values,
      companyId: null,
      officeId: null,
      createdBy: ctx.principal.fiscalCode,
      status: 'published',
      moderation: 'pending',
      publishedAt: new Date(),
    });
    await this.audit.record(ctx, { action: 'matching.vacancy.published', resourceType: 'vacancy', resourceId: id, subjectFiscalCode: null, details: { agencyId } }, m);
    return id;
  }

  async close(m: EntityManager, ctx: RequestContext, vacancyId: string, agencyId: string): Promise<void> {
    const v = await this.repo.byId(vacancyId, { m, lock: true });
    if (!v) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    if (v.status === 'closed') throw new DomainError(ErrorCode.VACANCY_NOT_EDITABLE, 'Already closed');
    await this.repo.update(m, v.id, { status: 'closed' });
    await this.audit.record(ctx, { action: 'matching.vacancy.closed', resourceType: 'vacancy', resourceId: v.id, subjectFiscalCode: null, details: { agencyId } }, m);
  }

  async byIds(ids: string[]): Promise<VacancyResponse[]> {
    return ids.length === 0 ? [] : this.vacancies.toResponses(await this.repo.byIds(ids));
  }
}
