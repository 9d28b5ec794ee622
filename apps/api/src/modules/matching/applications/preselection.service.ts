import { Injectable } from '@nestjs/common';
import { ErrorCode, type CandidateResponse, type SharedCandidateResponse } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { MatchingEngineService, type ScoredMatch } from '../engine/matching-engine.service';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationsRepository } from './applications.repository';

/**
 * The operator's preselection: ranked candidates, the shortlist, sharing it with the employer (anonymised until the
 * candidate consents), and what the employer sees of it.
 */
@Injectable()
export class PreselectionService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly registry: RegistryService,
    private readonly vacancies: VacanciesService,
    private readonly engine: MatchingEngineService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  /** Ranked candidates who allow it, with their explanation and their application if any (each row audited). */
  async candidates(ctx: RequestContext, vacancyId: string, opts: { minScore?: number; onlyCompleteRequired?: boolean; limit?: number }): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const matches = await this.engine.candidatesFor(vacancyId, opts);
    return this.toCandidates(ctx, vacancyId, matches, 'matching.candidate.listed');
  }

  private async toCandidates(ctx: RequestContext, vacancyId: string, matches: ScoredMatch[], action: string): Promise<CandidateResponse[]> {
    const ids = matches.map((x) => x.row.citizen_id);
    const [people, apps, profiles] = await Promise.all([this.registry.citizensByIds(ids), this.repo.forCitizens(vacancyId, ids), this.profiles.visibilities(ids)]);
    await this.audit.record(
      ctx,
      matches.map((x) => ({
        action,
        resourceType: 'citizen',
        resourceId: x.row.citizen_id,
        subjectFiscalCode: people.get(x.row.citizen_id)?.fiscalCode ?? null,
        details: { vacancyId },
      })),
    );
    return matches.map((x) => {
      const p = people.get(x.row.citizen_id);
      const a = apps.find((y) => y.citizenId === x.row.citizen_id);
      return {
        citizenId: x.row.citizen_id,
        name: p ? `${p.givenName} ${p.familyName}` : '',
        fiscalCode: p?.fiscalCode ?? '',
        score: x.score,
        explanation: x.explanation,
        visibility: profiles.find((y) => y.citizenId === x.row.citizen_id)?.visibility ?? 'nobody',
        ...(a ? { applicationId: a.id, applicationStatus: a.status, consent: a.consent, ...(a.outcome ? { outcome: a.outcome } : {}) } : {}),
      };
    });
  }

  async shortlist(ctx: RequestContext, vacancyId: string, citizenIds: string[]): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const profiles = await this.profiles.visibilities(citizenIds);
    const bad = citizenIds.findIndex((id) => {
      const p = profiles.find((x) => x.citizenId === id);
      return !p || p.visibility === 'nobody';
    });
    if (bad >= 0)
      throw new DomainError(ErrorCode.CANDIDATE_NOT_VISIBLE, 'This person does not allow preselection', [
        { pointer: `/citizenIds/${bad}`, detail: 'profile not visible', constraint: 'visibility' },
      ]);
    const [matches, people] = await Promise.all([Promise.all(citizenIds.map((id) => this.engine.pair(id, vacancyId))), this.registry.citizensByIds(citizenIds)]);
    await this.repo.transaction(async (m) => {
      for (const [i, citizenId] of citizenIds.entries()) await this.repo.upsertShortlisted(m, vacancyId, citizenId, matches[i]?.score ?? null);
      await this.audit.record(
        ctx,
        citizenIds.map((id) => ({
          action: 'matching.candidate.shortlisted',
          resourceType: 'citizen',
          resourceId: id,
          subjectFiscalCode: people.get(id)?.fiscalCode ?? null,
          details: { vacancyId },
        })),
        m,
      );
    });
    return this.shortlistOf(ctx, vacancyId);
  }

  async shortlistOf(ctx: RequestContext, vacancyId: string): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const apps = await this.repo.shortlisted(vacancyId, { order: { score: 'DESC' } });
    const matches = (await Promise.all(apps.map((a) => this.engine.pair(a.citizenId, vacancyId)))).filter((x): x is ScoredMatch => x !== null);
    return this.toCandidates(ctx, vacancyId, matches, 'matching.shortlist.read');
  }

  /**
   * Shares the shortlist with the employer. Visibility decides: `employers_named` → named; `employers_anonymous` →
   * anonymised, the person is asked whether to show their name; `cpi_agencies` → not shown until the person consents.
   */
  async sendShortlist(ctx: RequestContext, vacancyId: string): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    const v = await this.vacancies.inScope(side, vacancyId);
    const companies = v.companyId ? await this.registry.companyNames([v.companyId]) : new Map<string, string>();
    const company = companies.get(v.companyId ?? '');
    await this.repo.transaction(async (m) => {
      const apps = await this.repo.shortlisted(vacancyId, { order: {}, m, lock: true });
      const [profiles, people] = await Promise.all([
        this.profiles.byCitizens(
          apps.map((a) => a.citizenId),
          m,
        ),
        this.registry.citizensByIds(apps.map((a) => a.citizenId)),
      ]);
      for (const a of apps.filter((x) => !x.sharedAt)) {
        const visibility = profiles.find((p) => p.citizenId === a.citizenId)?.visibility ?? 'nobody';
        const consent = a.consent === 'granted' || visibility === 'employers_named' ? 'granted' : 'pending';
        await this.repo.update(m, a.id, { sharedAt: new Date(), consent, ...(consent === 'granted' && a.consent !== 'granted' ? { consentAt: new Date() } : {}) });
        const person = people.get(a.citizenId);
        if (consent === 'pending' && person) {
          await this.notifications.enqueue(m, {
            key: `matching-consent:${a.id}`,
            recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
            // no company (an operator's vacancy without one): "a company" in the person's language
            template: 'matching.consent_request',
            vars: { name: person.givenName, company: company ?? { phrase: 'a_company' }, vacancy: v.title, link: `${this.env.CITIZEN_WEB_URL}/candidature` },
          });
        }
        await this.audit.record(
          ctx,
          { action: 'matching.shortlist.shared', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person?.fiscalCode ?? null, details: { vacancyId, consent } },
          m,
        );
      }
    });
    return this.shortlistOf(ctx, vacancyId);
  }

  /**
   * What the employer sees: shared candidates whose visibility allows employers or who consented; names only with
   * consent. The others are numbered in the order they were shortlisted (`candidateNumber`), the SPA words "Candidato 1".
   */
  async sharedWithEmployer(ctx: RequestContext, vacancyId: string): Promise<SharedCandidateResponse[]> {
    const side = await this.vacancies.employerSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const apps = (await this.repo.shortlisted(vacancyId, { order: { createdAt: 'ASC', id: 'ASC' } })).filter((a) => a.sharedAt);
    const ids = apps.map((a) => a.citizenId);
    const [profiles, people, matches] = await Promise.all([
      this.profiles.byCitizens(ids),
      this.registry.citizensByIds(ids),
      Promise.all(apps.map((a) => this.engine.pair(a.citizenId, vacancyId))),
    ]);
    const out: SharedCandidateResponse[] = [];
    let n = 0;
    for (const [i, a] of apps.entries()) {
      const p = profiles.find((x) => x.citizenId === a.citizenId);
      if (!p || (a.consent === 'refused' && p.visibility === 'cpi_agencies')) continue;
      const allowed = a.consent === 'granted' || p.visibility === 'employers_anonymous' || p.visibility === 'employers_named';
      if (!allowed) continue;
      n++;
      const named = a.consent === 'granted';
      const person = people.get(a.citizenId);
      const match = matches[i];
      if (!match) continue;
      out.push({
        applicationId: a.id,
        candidateNumber: n,
        ...(named && person ? { displayName: `${person.givenName} ${person.familyName}` } : {}),
        named,
        ...(named && person?.email ? { email: person.email } : {}),
        ...(named && person?.mobilePhone ? { phone: person.mobilePhone } : {}),
        score: match.score,
        explanation: match.explanation,
        experiences: p.experiences.map((e) => ({ title: e.title, from: e.from, ...(e.to ? { to: e.to } : {}), ...(named && e.employer ? { employer: e.employer } : {}) })),
        consent: a.consent,
        ...(a.outcome ? { outcome: a.outcome } : {}),
      });
      if (named)
        await this.audit.record(ctx, {
          action: 'matching.candidate.seen-by-employer',
          resourceType: 'application',
          resourceId: a.id,
          subjectFiscalCode: person?.fiscalCode ?? null,
        });
    }
    return out;
  }
}
