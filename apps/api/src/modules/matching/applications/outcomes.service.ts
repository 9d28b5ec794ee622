import { Injectable } from '@nestjs/common';
import { ErrorCode, type InviteInterviewBody, type OutcomeResponse, type RecordOutcomeBody } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { romeParts } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { DidService } from '../../patto/did/did.service';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import type { ApplicationEntity } from '../entities/application.entity';
import type { VacancyEntity } from '../entities/vacancy.entity';
import { MatchingEngineService } from '../engine/matching-engine.service';
import { ProfilesRepository } from '../profiles/profiles.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { assessCongruity } from './congruity';

/**
 * What happened with a candidate: an interview invitation (notified), or the outcome. A refused offer is checked for
 * congruity and, when congruous and refused without a justified reason by a benefit recipient, published as
 * `offer.refused` in the outbox (for the conditionality module).
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly events: EventOutbox,
    private readonly repo: ApplicationsRepository,
    private readonly profiles: ProfilesRepository,
    private readonly applications: ApplicationsService,
    private readonly registry: RegistryService,
    private readonly vacancies: VacanciesService,
    private readonly engine: MatchingEngineService,
    private readonly notifications: NotificationsService,
    private readonly did: DidService,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  /** The application (locked), its vacancy if in the operator's scope, and the person. */
  private async operatorApplication(ctx: RequestContext, applicationId: string, m: EntityManager): Promise<{ a: ApplicationEntity; v: VacancyEntity; person: CitizenRef }> {
    const side = this.vacancies.operatorSide(ctx);
    const a = await this.repo.lockById(m, applicationId);
    if (!a) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
    const v = await this.vacancies.inScope(side, a.vacancyId, m);
    const person = (await this.registry.citizensByIds([a.citizenId])).get(a.citizenId);
    if (!person) throw new DomainError(ErrorCode.APPLICATION_NOT_FOUND);
    return { a, v, person };
  }

  async inviteInterview(ctx: RequestContext, applicationId: string, body: InviteInterviewBody): Promise<OutcomeResponse> {
    const at = new Date(body.at);
    if (Number.isNaN(at.getTime()) || at.getTime() < Date.now())
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'at must be in the future', [{ pointer: '/at', detail: 'a future date and time', constraint: 'future' }]);
    await this.repo.transaction(async (m) => {
      const { a, v, person } = await this.operatorApplication(ctx, applicationId, m);
      const rome = romeParts(at);
      await this.repo.update(m, a.id, { outcome: 'interview', outcomeAt: new Date() });
      await this.notifications.enqueue(m, {
        key: `matching-interview:${a.id}:${at.toISOString()}`,
        recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
        template: 'matching.interview',
        vars: {
          name: person.givenName,
          vacancy: v.title,
          date: rome.date.split('-').reverse().join('/'),
          time: rome.time,
          place: body.place.trim(),
          note: body.note?.trim() ?? '',
          link: `${this.env.CITIZEN_WEB_URL}/area-riservata`,
        },
      });
      await this.audit.record(ctx, { action: 'matching.application.interview', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person.fiscalCode }, m);
    });
    return { application: await this.applications.responseOf(applicationId) };
  }

  async outcome(ctx: RequestContext, applicationId: string, body: RecordOutcomeBody): Promise<OutcomeResponse> {
    const result = await this.repo.transaction(async (m) => {
      const { a, v, person } = await this.operatorApplication(ctx, applicationId, m);
      await this.repo.update(m, a.id, { outcome: body.outcome, outcomeAt: new Date() });
      await this.audit.record(
        ctx,
        { action: 'matching.application.outcome', resourceType: 'application', resourceId: a.id, subjectFiscalCode: person.fiscalCode, details: { outcome: body.outcome } },
        m,
      );
      if (body.outcome !== 'offer_refused') return {};
      // one query at a time on the transaction's connection (pg deprecates concurrent queries on one client)
      const did = await this.did.activeDid(person.id, m);
      const profile = await this.profiles.byCitizen(person.id, m);
      const rules = await this.repo.congruityRules(m);
      const match = await this.engine.pair(person.id, v.id);
      const benefitRecipient = !!did && did.benefit !== 'none';
      const status = this.did.statusOf(did);
      const targets = profile?.targetOccupationIds ?? [];
      const groups = profile?.iscoGroups ?? [];
      const { congruous, checks } = assessCongruity(rules, {
        monthsUnemployed: status.monthsUnemployed,
        distanceKm: match ? Number(match.row.km) : Number.POSITIVE_INFINITY,
        benefitRecipient,
        monthlyBenefit: body.monthlyBenefit ?? null,
        payMin: v.payMin === null ? null : Number(v.payMin),
        contractType: v.contractType,
        durationMonths: v.durationMonths,
        sameTarget: targets.includes(v.occupationId),
        sameIscoGroup: groups.includes(v.iscoGroup),
        sameIscoSubMajor: groups.some((g) => Math.floor(g / 10) === Math.floor(v.iscoGroup / 10)),
      });
      const justified = !!body.justifiedReason?.trim();
      const publish = benefitRecipient && congruous && !justified;
      const refusal = await this.repo.insertRefusal(m, {
        applicationId: a.id,
        citizenId: person.id,
        vacancyId: v.id,
        rulesVersion: rules[0]?.version ?? '?',
        benefitRecipient,
        congruous,
        justified,
        justification: body.justifiedReason?.trim() || null,
        checks,
        eventPublished: publish,
        recordedBy: ctx.principal.fiscalCode,
      });
      if (publish) {
        await this.events.publish(m, {
          type: 'offer.refused',
          aggregateType: 'application',
          aggregateId: a.id,
          payload: {
            refusalId: refusal.id,
            citizenId: person.id,
            fiscalCode: person.fiscalCode,
            vacancyId: v.id,
            applicationId: a.id,
            benefit: did!.benefit ?? null,
            rulesVersion: refusal.rulesVersion,
            checks,
          },
        });
      }
      return { congruous, justified, benefitRecipient, eventPublished: publish, checks };
    });
    return { application: await this.applications.responseOf(applicationId), ...result };
  }
}
