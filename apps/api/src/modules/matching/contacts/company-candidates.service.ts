import { Injectable } from '@nestjs/common';
import { ErrorCode, type CompanyCandidateResponse, type ContactRequestResponse, type CreateContactRequestBody } from '@opencpi/contracts';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { KeyRing } from '../../../platform/keys/key-ring';
import { CompaniesService } from '../../registry/companies/companies.service';
import { RegistryService } from '../../registry/registry.service';
import { MatchingEngineService, type ScoredMatch } from '../engine/matching-engine.service';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { toCompanyContactRequest } from './contact-request.mapper';
import { ContactRequestsRepository } from './contact-requests.repository';

const EMPLOYER_VISIBILITIES = new Set(['employers_anonymous', 'employers_named']);

/**
 * The approved company's own search: available candidates whose profile lets employers see it, anonymised, with the
 * explanation of the operator's preselection; and its contact requests (through the CPI or straight to the person).
 */
@Injectable()
export class CompanyCandidatesService {
  constructor(
    private readonly repo: ContactRequestsRepository,
    private readonly vacancies: VacanciesService,
    private readonly engine: MatchingEngineService,
    private readonly profiles: ProfilesRepository,
    private readonly registry: RegistryService,
    private readonly companies: CompaniesService,
    private readonly keys: KeyRing,
    private readonly audit: AuditService,
  ) {}

  async search(ctx: RequestContext, vacancyId: string): Promise<CompanyCandidateResponse[]> {
    await this.vacancies.inScope(await this.vacancies.employerSide(ctx), vacancyId);
    const [visible, requests] = await Promise.all([this.visibleCandidates(vacancyId), this.repo.forVacancy(vacancyId)]);
    const people = await this.registry.citizensByIds(visible.map((x) => x.row.citizen_id));
    // an anonymous row is still a read of the person's profile: audited, with the company's vacancy
    await this.audit.record(
      ctx,
      visible.map((x) => ({
        action: 'matching.company-search.listed',
        resourceType: 'citizen',
        resourceId: x.row.citizen_id,
        subjectFiscalCode: people.get(x.row.citizen_id)?.fiscalCode ?? null,
        details: { vacancyId },
      })),
    );
    return visible.map((x, i) => {
      const request = requests.find((r) => r.citizenId === x.row.citizen_id);
      return {
        candidateKey: this.keyOf(vacancyId, x.row.citizen_id),
        candidateNumber: i + 1,
        score: x.score,
        explanation: x.explanation,
        ...(request ? { contactRequest: toCompanyContactRequest(request, people.get(x.row.citizen_id)) } : {}),
      };
    });
  }

  async requestContact(ctx: RequestContext, vacancyId: string, body: CreateContactRequestBody): Promise<ContactRequestResponse> {
    const v = await this.vacancies.inScope(await this.vacancies.employerSide(ctx), vacancyId);
    if (v.status !== 'published') throw new DomainError(ErrorCode.VACANCY_NOT_OPEN, 'Publish the vacancy before contacting candidates');
    const company = await this.companies.requireApproved(ctx, v.companyId!);
    const match = (await this.visibleCandidates(vacancyId)).find((x) => this.keyOf(vacancyId, x.row.citizen_id) === body.candidateKey);
    if (!match) {
      throw new DomainError(ErrorCode.CANDIDATE_NOT_VISIBLE, 'No such candidate in your search', [
        { pointer: '/candidateKey', detail: 'not in the search', constraint: 'visibility' },
      ]);
    }
    const citizenId = match.row.citizen_id;
    const person = (await this.registry.citizensByIds([citizenId])).get(citizenId);
    const id = await this.repo.transaction(async (m) => {
      const created = await this.repo.insert(m, {
        vacancyId,
        citizenId,
        companyId: company.id,
        officeId: company.officeId,
        channel: body.channel,
        status: body.channel === 'cpi' ? 'awaiting_cpi' : 'pending',
        message: body.message?.trim() || null,
        requestedBy: ctx.principal.fiscalCode,
      });
      if (!created) throw new DomainError(ErrorCode.CONTACT_REQUEST_EXISTS, 'Already asked', [{ pointer: '/candidateKey', detail: 'already asked', constraint: 'unique' }]);
      await this.audit.record(
        ctx,
        {
          action: 'matching.contact.requested',
          resourceType: 'contact_request',
          resourceId: created,
          subjectFiscalCode: person?.fiscalCode ?? null,
          details: { vacancyId, channel: body.channel },
        },
        m,
      );
      return created;
    });
    return toCompanyContactRequest((await this.repo.byId(id))!, person);
  }

  /** The contact requests of the caller's approved companies (names only where accepted). */
  async requestsOfMyCompanies(ctx: RequestContext): Promise<ContactRequestResponse[]> {
    const companies = await this.companies.approvedCompanies(ctx.principal.fiscalCode);
    const rows = await this.repo.forCompanies(companies.map((c) => c.id));
    const accepted = rows.filter((r) => r.status === 'accepted');
    const people = await this.registry.citizensByIds(accepted.map((r) => r.citizenId));
    await this.audit.record(
      ctx,
      accepted.map((r) => ({ action: 'matching.contact.read', resourceType: 'contact_request', resourceId: r.id, subjectFiscalCode: people.get(r.citizenId)?.fiscalCode ?? null })),
    );
    return rows.map((r) => toCompanyContactRequest(r, people.get(r.citizenId)));
  }

  private async visibleCandidates(vacancyId: string): Promise<ScoredMatch[]> {
    const matches = await this.engine.candidatesFor(vacancyId, { limit: 50 });
    const visibilities = await this.profiles.visibilities(matches.map((x) => x.row.citizen_id));
    return matches.filter((x) => EMPLOYER_VISIBILITIES.has(visibilities.find((p) => p.citizenId === x.row.citizen_id)?.visibility ?? 'nobody'));
  }

  /** Opaque and stable per vacancy and person (HMAC under the ring's `candidate-key` key): says nothing about who it is. */
  private keyOf(vacancyId: string, citizenId: string): string {
    return this.keys.mac('candidate-key', `${vacancyId}:${citizenId}`).toString('base64url').slice(0, 32);
  }
}
