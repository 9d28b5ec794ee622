import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode, type ApplicationResponse, type CandidateResponse, type InviteInterviewBody, type OutcomeResponse, type RecordOutcomeBody,
  type SharedCandidateResponse,
} from '@opencpi/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { romeParts } from '../../agenda/domain/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { ApplicationEntity } from '../entities/application.entity';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { OfferRefusalEntity } from '../entities/offer-refusal.entity';
import { ProfileEntity } from '../entities/profile.entity';
import { SavedVacancyEntity } from '../entities/saved-vacancy.entity';
import { VacancyEntity } from '../entities/vacancy.entity';
import { MatchingEngineService, type ScoredMatch } from '../engine/matching-engine.service';
import { VacanciesService, type VacancySide } from '../vacancies/vacancies.service';
import { assessCongruity, type CongruityRule } from './congruity';

/**
 * Applications, saved vacancies, the operator's shortlist and what the employer may see of it (anonymised until the
 * candidate consents), interviews and outcomes; a refused offer is checked for congruity and, when congruous and
 * refused without a justified reason by a benefit recipient, published as `offer.refused` in the outbox.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly events: EventOutbox,
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: RegistryService,
    private readonly vacancies: VacanciesService,
    private readonly engine: MatchingEngineService,
    private readonly notifications: NotificationsService,
    private readonly did: DidService,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  private async pair(citizenId: string, vacancyId: string): Promise<ScoredMatch | null> {
    const hasProfile = await this.db.getRepository(ProfileEntity).existsBy({ citizenId });
    if (!hasProfile) return null;
    return (await this.engine.vacanciesFor(citizenId, { vacancyId, limit: 1 }))[0] ?? null;
  }

  private async openVacancy(id: string, m: EntityManager = this.db.manager): Promise<VacancyEntity> {
    const v = await m.getRepository(VacancyEntity).findOneBy({ id });
    // a vacancy citizens never saw (a draft, a rejected one) answers as an unknown id: no 409 that reveals it exists
    if (!v || !VacanciesService.knownToCitizens(v)) throw new DomainError(ErrorCode.VACANCY_NOT_FOUND);
    if (v.status !== 'published' || v.expiresOn < romeParts(new Date()).date) throw new DomainError(ErrorCode.VACANCY_NOT_OPEN);
    return v;
  }

  async apply(ctx: RequestContext, vacancyId: string): Promise<ApplicationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.openVacancy(vacancyId);
    const match = await this.pair(me.id, vacancyId);
    const id = await this.db.transaction(async (m) => {
      const existing = await m.getRepository(ApplicationEntity).findOneBy({ vacancyId, citizenId: me.id });
      if (existing && existing.status !== 'proposed' && existing.status !== 'shortlisted') throw new DomainError(ErrorCode.ALREADY_APPLIED);
      if (existing) {
        // proposed by the CPI first: applying confirms the interest (status unchanged, consent granted)
        await m.getRepository(ApplicationEntity).update(existing.id, { consent: 'granted', consentAt: new Date() });
        await this.audit.record(ctx, { action: 'matching.application.confirmed', resourceType: 'application', resourceId: existing.id, subjectFiscalCode: me.fiscalCode }, m);
        return existing.id;
      }
      let a: ApplicationEntity;
      try {
        a = await m.getRepository(ApplicationEntity).save(m.getRepository(ApplicationEntity).create({
          vacancyId, citizenId: me.id, status: 'applied', score: match ? String(match.score) : null, consent: 'granted', consentAt: new Date(),
        }));
      } catch (e) {
        // two applies at once: the unique key decides, the loser gets the same answer as a repeat
        if ((e as { constraint?: string }).constraint === 'applications_vacancy_citizen_key') throw new DomainError(ErrorCode.ALREADY_APPLIED);
        throw e;
      }
      await this.audit.record(ctx, { action: 'matching.application.created', resourceType: 'application', resourceId: a.id, subjectFiscalCode: me.fiscalCode }, m);
      return a.id;
    });
    return (await this.toResponses([await this.db.getRepository(ApplicationEntity).findOneByOrFail({ id })]))[0]!;
  }

  async save(ctx: RequestContext, vacancyId: string, saved: boolean): Promise<void> {
    const me = await this.registry.selfAsCitizen(ctx);
    if (saved) {
      await this.openVacancy(vacancyId);
      await this.db.getRepository(SavedVacancyEntity).upsert({ citizenId: me.id, vacancyId }, ['citizenId', 'vacancyId']);
    } else {
      await this.db.getRepository(SavedVacancyEntity).delete({ citizenId: me.id, vacancyId });
    }
    await this.audit.record(ctx, { action: saved ? 'matching.vacancy.saved' : 'matching.vacancy.unsaved', resourceType: 'vacancy', resourceId: vacancyId, subjectFiscalCode: me.fiscalCode });
  }

  async mine(ctx: RequestContext): Promise<ApplicationResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.db.getRepository(ApplicationEntity).find({ where: { citizenId: me.id }, order: { createdAt: 'DESC' } });
    await this.audit.record(ctx, { action: 'matching.applications.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return this.toResponses(rows);
  }

  async consent(ctx: RequestContext, applicationId: string, granted: boolean): Promise<ApplicationResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.db.transaction(async (m) => {
      const a = await m.getRepository(ApplicationEntity).findOne({ where: { id: applicationId, citizenId: me.id }, lock: { mode: 'pessimistic_write' } });
      if (!a) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
      await m.getRepository(ApplicationEntity).update(a.id, { consent: granted ? 'granted' : 'refused', consentAt: new Date() });
      await this.audit.record(ctx, { action: 'matching.application.consent', resourceType: 'application', resourceId: a.id, subjectFiscalCode: me.fiscalCode, details: { granted } }, m);
    });
    return (await this.toResponses([await this.db.getRepository(ApplicationEntity).findOneByOrFail({ id: applicationId })]))[0]!;
  }

  async byIds(ids: string[]): Promise<Map<string, ApplicationEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await this.db.getRepository(ApplicationEntity).findBy({ id: In(ids) })).map((a) => [a.id, a]));
  }

  async toResponses(rows: ApplicationEntity[]): Promise<ApplicationResponse[]> {
    const vacs = rows.length ? await this.db.getRepository(VacancyEntity).findBy({ id: In(rows.map((a) => a.vacancyId)) }) : [];
    const companies = await this.registry.companyNames(vacs.flatMap((v) => (v.companyId ? [v.companyId] : [])));
    return rows.map((a) => {
      const v = vacs.find((x) => x.id === a.vacancyId);
      const company = v?.companyId ? companies.get(v.companyId) : undefined;
      return {
        id: a.id, vacancyId: a.vacancyId, vacancyTitle: v?.title ?? '', ...(company ? { companyName: company } : {}), status: a.status, consent: a.consent,
        ...(a.outcome ? { outcome: a.outcome } : {}), ...(a.score !== null ? { score: Number(a.score) } : {}), ...(a.sharedAt ? { sharedAt: a.sharedAt.toISOString() } : {}),
        createdAt: a.createdAt.toISOString(),
      };
    });
  }

  // ------------------------------------------------------------------ operator: preselection

  /** Ranked candidates who allow it, with their explanation and their application if any (each row audited). */
  async candidates(ctx: RequestContext, vacancyId: string, opts: { minScore?: number; onlyCompleteRequired?: boolean; limit?: number }): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const matches = await this.engine.candidatesFor(vacancyId, opts);
    return this.toCandidates(ctx, vacancyId, matches, 'matching.candidate.listed');
  }

  private async toCandidates(ctx: RequestContext, vacancyId: string, matches: ScoredMatch[], action: string): Promise<CandidateResponse[]> {
    const ids = matches.map((x) => x.row.citizen_id);
    const [people, apps, profiles] = await Promise.all([
      this.registry.citizensByIds(ids),
      ids.length ? this.db.getRepository(ApplicationEntity).findBy({ vacancyId, citizenId: In(ids) }) : [],
      ids.length ? this.db.getRepository(ProfileEntity).find({ where: { citizenId: In(ids) }, select: { citizenId: true, visibility: true } }) : [],
    ]);
    await this.audit.record(ctx, matches.map((x) => ({ action, resourceType: 'citizen', resourceId: x.row.citizen_id, subjectFiscalCode: people.get(x.row.citizen_id)?.fiscalCode ?? null, details: { vacancyId } })));
    return matches.map((x) => {
      const p = people.get(x.row.citizen_id);
      const a = apps.find((y) => y.citizenId === x.row.citizen_id);
      return {
        citizenId: x.row.citizen_id, name: p ? `${p.givenName} ${p.familyName}` : '', fiscalCode: p?.fiscalCode ?? '', score: x.score, explanation: x.explanation,
        visibility: profiles.find((y) => y.citizenId === x.row.citizen_id)?.visibility ?? 'nobody',
        ...(a ? { applicationId: a.id, applicationStatus: a.status, consent: a.consent, ...(a.outcome ? { outcome: a.outcome } : {}) } : {}),
      };
    });
  }

  async shortlist(ctx: RequestContext, vacancyId: string, citizenIds: string[]): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const profiles = citizenIds.length ? await this.db.getRepository(ProfileEntity).findBy({ citizenId: In(citizenIds) }) : [];
    const bad = citizenIds.findIndex((id) => { const p = profiles.find((x) => x.citizenId === id); return !p || p.visibility === 'nobody'; });
    if (bad >= 0) throw new DomainError(ErrorCode.CANDIDATE_NOT_VISIBLE, 'This person does not allow preselection', [{ pointer: `/citizenIds/${bad}`, detail: 'profile not visible', constraint: 'visibility' }]);
    await this.db.transaction(async (m) => {
      for (const citizenId of citizenIds) {
        const match = await this.pair(citizenId, vacancyId);
        await m.query(
          `INSERT INTO matching.applications (vacancy_id, citizen_id, status, score) VALUES ($1, $2, 'shortlisted', $3)
           ON CONFLICT (vacancy_id, citizen_id) DO UPDATE SET status = 'shortlisted'`,
          [vacancyId, citizenId, match ? match.score : null],
        );
      }
      const people = await this.registry.citizensByIds(citizenIds);
      await this.audit.record(ctx, citizenIds.map((id) => ({ action: 'matching.candidate.shortlisted', resourceType: 'citizen', resourceId: id, subjectFiscalCode: people.get(id)?.fiscalCode ?? null, details: { vacancyId } })), m);
    });
    return this.shortlistOf(ctx, vacancyId);
  }

  async shortlistOf(ctx: RequestContext, vacancyId: string): Promise<CandidateResponse[]> {
    const side = this.vacancies.operatorSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const apps = await this.db.getRepository(ApplicationEntity).find({ where: { vacancyId, status: 'shortlisted' }, order: { score: 'DESC' } });
    const matches: ScoredMatch[] = [];
    for (const a of apps) { const x = await this.pair(a.citizenId, vacancyId); if (x) matches.push(x); }
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
    await this.db.transaction(async (m) => {
      const apps = await m.getRepository(ApplicationEntity).find({ where: { vacancyId, status: 'shortlisted' }, lock: { mode: 'pessimistic_write' } });
      const profiles = apps.length ? await m.getRepository(ProfileEntity).findBy({ citizenId: In(apps.map((a) => a.citizenId)) }) : [];
      const people = await this.registry.citizensByIds(apps.map((a) => a.citizenId));
      for (const a of apps.filter((x) => !x.sharedAt)) {
        const visibility = profiles.find((p) => p.citizenId === a.citizenId)?.visibility ?? 'nobody';
        const consent = a.consent === 'granted' || visibility === 'employers_named' ? 'granted' : 'pending';
        await m.getRepository(ApplicationEntity).update(a.id, { sharedAt: new Date(), consent, ...(consent === 'granted' && a.consent !== 'granted' ? { consentAt: new Date() } : {}) });
        const person = people.get(a.citizenId);
        if (consent === 'pending' && person) {
          await this.notifications.enqueue(m, {
            key: `matching-consent:${a.id}`, recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
            template: 'matching.consent_request', vars: { name: person.givenName, company: companies.get(v.companyId ?? '') ?? 'un\'azienda', vacancy: v.title, link: `${this.env.CITIZEN_WEB_URL}/candidature` },
          });
        }
        await this.audit.record(ctx, { action: 'matching.shortlist.shared', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person?.fiscalCode ?? null, details: { vacancyId, consent } }, m);
      }
    });
    return this.shortlistOf(ctx, vacancyId);
  }

  /** What the employer sees: shared candidates whose visibility allows employers or who consented; names only with consent. */
  async sharedWithEmployer(ctx: RequestContext, vacancyId: string): Promise<SharedCandidateResponse[]> {
    const side = await this.vacancies.employerSide(ctx);
    await this.vacancies.inScope(side, vacancyId);
    const apps = (await this.db.getRepository(ApplicationEntity).find({ where: { vacancyId, status: 'shortlisted' }, order: { createdAt: 'ASC', id: 'ASC' } })).filter((a) => a.sharedAt);
    const profiles = apps.length ? await this.db.getRepository(ProfileEntity).findBy({ citizenId: In(apps.map((a) => a.citizenId)) }) : [];
    const people = await this.registry.citizensByIds(apps.map((a) => a.citizenId));
    const out: SharedCandidateResponse[] = [];
    let n = 0;
    for (const a of apps) {
      const p = profiles.find((x) => x.citizenId === a.citizenId);
      if (!p || a.consent === 'refused' && p.visibility === 'cpi_agencies') continue;
      const allowed = a.consent === 'granted' || p.visibility === 'employers_anonymous' || p.visibility === 'employers_named';
      if (!allowed) continue;
      n++;
      const named = a.consent === 'granted';
      const person = people.get(a.citizenId);
      const match = await this.pair(a.citizenId, vacancyId);
      if (!match) continue;
      out.push({
        applicationId: a.id, displayName: named && person ? `${person.givenName} ${person.familyName}` : `Candidato ${n}`, named,
        ...(named && person?.email ? { email: person.email } : {}), ...(named && person?.mobilePhone ? { phone: person.mobilePhone } : {}),
        score: match.score, explanation: match.explanation,
        experiences: p.experiences.map((e) => ({ title: e.title, from: e.from, ...(e.to ? { to: e.to } : {}), ...(named && e.employer ? { employer: e.employer } : {}) })),
        consent: a.consent, ...(a.outcome ? { outcome: a.outcome } : {}),
      });
      if (named) await this.audit.record(ctx, { action: 'matching.candidate.seen-by-employer', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person?.fiscalCode ?? null });
    }
    return out;
  }

  private async operatorApplication(ctx: RequestContext, applicationId: string, m: EntityManager = this.db.manager): Promise<{ a: ApplicationEntity; v: VacancyEntity; person: CitizenRef }> {
    const side = this.vacancies.operatorSide(ctx);
    const a = await m.getRepository(ApplicationEntity).findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_write' } });
    if (!a) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
    const v = await this.vacancies.inScope(side as VacancySide, a.vacancyId, m);
    const person = (await this.registry.citizensByIds([a.citizenId])).get(a.citizenId);
    if (!person) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
    return { a, v, person };
  }

  async inviteInterview(ctx: RequestContext, applicationId: string, body: InviteInterviewBody): Promise<OutcomeResponse> {
    const at = new Date(body.at);
    if (Number.isNaN(at.getTime()) || at.getTime() < Date.now()) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'at must be in the future', [{ pointer: '/at', detail: 'a future date and time', constraint: 'future' }]);
    await this.db.transaction(async (m) => {
      const { a, v, person } = await this.operatorApplication(ctx, applicationId, m);
      const rome = romeParts(at);
      await m.getRepository(ApplicationEntity).update(a.id, { outcome: 'interview', outcomeAt: new Date() });
      await this.notifications.enqueue(m, {
        key: `matching-interview:${a.id}:${at.toISOString()}`, recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
        template: 'matching.interview', vars: { name: person.givenName, vacancy: v.title, date: rome.date.split('-').reverse().join('/'), time: rome.time, place: body.place.trim(), note: body.note?.trim() ?? '', link: `${this.env.CITIZEN_WEB_URL}/area-riservata` },
      });
      await this.audit.record(ctx, { action: 'matching.application.interview', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person.fiscalCode }, m);
    });
    return { application: (await this.toResponses([await this.db.getRepository(ApplicationEntity).findOneByOrFail({ id: applicationId })]))[0]! };
  }

  async outcome(ctx: RequestContext, applicationId: string, body: RecordOutcomeBody): Promise<OutcomeResponse> {
    const result = await this.db.transaction(async (m) => {
      const { a, v, person } = await this.operatorApplication(ctx, applicationId, m);
      await m.getRepository(ApplicationEntity).update(a.id, { outcome: body.outcome, outcomeAt: new Date() });
      await this.audit.record(ctx, { action: 'matching.application.outcome', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person.fiscalCode, details: { outcome: body.outcome } }, m);
      if (body.outcome !== 'offer_refused') return {};
      const [did, profile, rules, match] = await Promise.all([
        this.did.activeDid(person.id, m), m.getRepository(ProfileEntity).findOneBy({ citizenId: person.id }),
        m.query(`SELECT DISTINCT ON (code) code, value, reason, source, verified, version FROM matching.rules WHERE kind = 'congruity' ORDER BY code, version DESC`) as Promise<(CongruityRule & { version: string })[]>,
        this.pair(person.id, v.id),
      ]);
      const benefitRecipient = !!did && did.benefit !== 'none';
      const status = this.did.statusOf(did);
      const targets = profile?.targetOccupationIds ?? [];
      const groups = profile?.iscoGroups ?? [];
      const { congruous, checks } = assessCongruity(rules, {
        monthsUnemployed: status.monthsUnemployed, distanceKm: match ? Number(match.row.km) : Number.POSITIVE_INFINITY, benefitRecipient,
        monthlyBenefit: body.monthlyBenefit ?? null, payMin: v.payMin === null ? null : Number(v.payMin), contractType: v.contractType, durationMonths: v.durationMonths,
        sameTarget: targets.includes(v.occupationId), sameIscoGroup: groups.includes(v.iscoGroup), sameIscoSubMajor: groups.some((g) => Math.floor(g / 10) === Math.floor(v.iscoGroup / 10)),
      });
      const justified = !!body.justifiedReason?.trim();
      const publish = benefitRecipient && congruous && !justified;
      const refusal = await m.getRepository(OfferRefusalEntity).save(m.getRepository(OfferRefusalEntity).create({
        applicationId: a.id, citizenId: person.id, vacancyId: v.id, rulesVersion: rules[0]?.version ?? '?', benefitRecipient, congruous, justified,
        justification: body.justifiedReason?.trim() || null, checks, eventPublished: publish, recordedBy: ctx.principal.fiscalCode,
      }));
      if (publish) {
        await this.events.publish(m, {
          type: 'offer.refused', aggregateType: 'application', aggregateId: a.id,
          payload: { refusalId: refusal.id, citizenId: person.id, fiscalCode: person.fiscalCode, vacancyId: v.id, applicationId: a.id, benefit: did!.benefit ?? null, rulesVersion: refusal.rulesVersion, checks },
        });
      }
      return { congruous, justified, benefitRecipient, eventPublished: publish, checks };
    });
    return { application: (await this.toResponses([await this.db.getRepository(ApplicationEntity).findOneByOrFail({ id: applicationId })]))[0]!, ...result };
  }
}
