import { Injectable } from '@nestjs/common';
import { ErrorCode, type AgencyCandidateListResponse, type VacancyBody, type VacancyListResponse, type VacancyResponse } from '@opencpi/contracts';
import { AuditService, type AuditRecord } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { ConsentQueryService } from '../../consent/consent-query.service';
import { MatchingEngineService } from '../../matching/engine/matching-engine.service';
import { AgencyVacanciesService as MatchingAgencyVacancies } from '../../matching/vacancies/agency-vacancies.service';
import { RegistryService } from '../../registry/registry.service';
import { agencyOf } from '../assignments/agency-caller';
import { AgencyPersonView } from '../assignments/agency-person-view';
import { AgencyVacanciesRepository } from './agency-vacancies.repository';

/**
 * An agency's vacancies: published into the matching engine through the matching module (same wording flags as
 * employers' and operators'), and their ranked candidates, only among the people whose matching profile lets CPIs and
 * agencies see it (the engine leaves out `nobody`) and who consented to this agency (part `profile`), each read audited.
 */
@Injectable()
export class AgencyVacanciesWorkService {
  constructor(
    private readonly repo: AgencyVacanciesRepository,
    private readonly matching: MatchingAgencyVacancies,
    private readonly engine: MatchingEngineService,
    private readonly consent: ConsentQueryService,
    private readonly people: AgencyPersonView,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async publish(ctx: RequestContext, body: VacancyBody): Promise<VacancyResponse> {
    const agency = agencyOf(ctx);
    await this.matching.checkWording(body);
    const id = await this.repo.transaction(async (m) => {
      const vacancyId = await this.matching.publishIn(m, ctx, body, agency.agencyId);
      await this.repo.insert(m, { vacancyId, agencyId: agency.agencyId, createdBy: agency.clientId });
      return vacancyId;
    });
    return (await this.matching.byIds([id]))[0]!;
  }

  async list(ctx: RequestContext): Promise<VacancyListResponse> {
    return { items: await this.matching.byIds(await this.repo.ofAgency(agencyOf(ctx).agencyId)) };
  }

  async close(ctx: RequestContext, vacancyId: string): Promise<VacancyResponse> {
    const agency = await this.mine(ctx, vacancyId);
    await this.repo.transaction((m) => this.matching.close(m, ctx, vacancyId, agency));
    return (await this.matching.byIds([vacancyId]))[0]!;
  }

  async candidates(ctx: RequestContext, vacancyId: string): Promise<AgencyCandidateListResponse> {
    const agencyId = await this.mine(ctx, vacancyId);
    const consented = new Set(await this.consent.citizensVisibleTo(agencyId, 'profile'));
    const matches = (await this.engine.candidatesFor(vacancyId, { limit: 200 })).filter((x) => consented.has(x.row.citizen_id)).slice(0, 50);
    const refs = await this.registry.citizensByIds(matches.map((x) => x.row.citizen_id));
    const reads: AuditRecord[] = [];
    const shown: typeof matches = [];
    for (const x of matches) {
      const grant = await this.consent.check({ agencyId, citizenId: x.row.citizen_id, part: 'profile' });
      const ref = refs.get(x.row.citizen_id);
      if (!grant || !ref) continue;
      shown.push(x);
      reads.push({
        action: 'agencies.candidate.read',
        resourceType: 'vacancy',
        resourceId: vacancyId,
        subjectFiscalCode: ref.fiscalCode,
        details: { agencyId, grantId: grant.grantId, purpose: grant.purpose, part: 'profile' },
      });
    }
    await this.audit.record(ctx, reads);
    const people = await this.people.of(
      ctx,
      shown.map((x) => ({ citizenId: x.row.citizen_id, resourceId: vacancyId })),
      'agencies.candidate.identity',
      undefined,
      'vacancy',
    );
    return { items: shown.map((x) => ({ citizenId: x.row.citizen_id, score: x.score, explanation: x.explanation, person: people.get(x.row.citizen_id)! })) };
  }

  private async mine(ctx: RequestContext, vacancyId: string): Promise<string> {
    const { agencyId } = agencyOf(ctx);
    if (!(await this.repo.owns(agencyId, vacancyId))) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    return agencyId;
  }
}
