import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type ChannelProfileResponse,
  type ChooseChannelBody,
  type DidOverviewResponse,
  type DidResponse,
  type FileDidBody,
  type SkillsAnswer,
} from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { addDays, todayRome } from '../../../platform/time/rome-time';
import { RegistryService, type CitizenRef } from '../../registry/registry.service';
import { adviseChannel, SKILLS_MAX_SCORE, SKILLS_MODEL_VERSION } from '../domain/channel-advice';
import { deriveEmploymentStatus, type EmploymentStatus } from '../domain/employment-status';
import type { ChannelProfileEntity } from '../entities/channel-profile.entity';
import type { DidEntity } from '../entities/did.entity';
import { ProfessionalProfileSource } from '../profile-facts/professional-profile-source';
import { DidRepository } from './did.repository';

export { todayRome }; // the helper lives in platform/time; re-exported for the patto files that import it from here

export function toDidResponse(d: DidEntity): DidResponse {
  return {
    id: d.id,
    status: d.status,
    filedAt: d.filedAt.toISOString(),
    ...(d.revokedAt ? { revokedAt: d.revokedAt.toISOString() } : {}),
    ...(d.revokeReason ? { revokeReason: d.revokeReason } : {}),
    workCondition: d.workCondition,
    ...(d.lastJobEndDate ? { lastJobEndDate: d.lastJobEndDate } : {}),
    ...(d.noticeEndDate ? { noticeEndDate: d.noticeEndDate } : {}),
    ...(d.lowIncomeKind ? { lowIncomeKind: d.lowIncomeKind } : {}),
    ...(d.expectedAnnualIncome !== null ? { expectedAnnualIncome: Number(d.expectedAnnualIncome) } : {}),
    benefit: d.benefit,
    citizenship: d.citizenship,
    contactDeadline: d.contactDeadline,
    contactDays: d.contactDays,
    education: d.sap.education,
    jobs: d.sap.jobs,
    languages: d.sap.languages,
    licences: d.sap.licences,
  };
}
export function toChannelResponse(c: ChannelProfileEntity | null): ChannelProfileResponse {
  return {
    modelVersion: c?.modelVersion ?? SKILLS_MODEL_VERSION,
    maxScore: SKILLS_MAX_SCORE,
    needsHelp: c?.needsHelp ?? false,
    ...(c?.advisedChannel ? { advisedChannel: c.advisedChannel } : {}),
    ...(c?.score !== null && c?.score !== undefined ? { score: c.score } : {}),
    ...(c?.assessedAt ? { assessedAt: c.assessedAt.toISOString() } : {}),
    ...(c?.chosenChannel ? { chosenChannel: c.chosenChannel } : {}),
    ...(c?.languageNeeds ? { languageNeeds: c.languageNeeds } : {}),
    ...(c?.accessibilityNeeds ? { accessibilityNeeds: c.accessibilityNeeds } : {}),
  };
}

/** DID (art. 19), the derived employment status, and the person's channel. */
@Injectable()
export class DidService {
  constructor(
    private readonly repo: DidRepository,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly profile: ProfessionalProfileSource,
  ) {}

  /** A legal figure in force on `date` (the newest row not after it). */
  parameter(key: string, date: string, m?: EntityManager): Promise<number> {
    return this.repo.parameter(key, date, m);
  }

  activeDid(citizenId: string, m?: EntityManager): Promise<DidEntity | null> {
    return this.repo.activeDid(citizenId, m);
  }

  /** Every DID of the person, revoked ones included (for other modules' read-only views, e.g. certificates). */
  didsOf(citizenId: string): Promise<DidEntity[]> {
    return this.repo.didsOf(citizenId);
  }

  /** Outreach segment (campaigns module): people with an active DID of these offices filed at or before `filedBefore` and no patto since. */
  withoutPattoSince(officeIds: string[], filedBefore: Date): Promise<string[]> {
    return this.repo.withoutPattoSince(officeIds, filedBefore);
  }

  statusOf(did: DidEntity | null, today = todayRome()): EmploymentStatus {
    return deriveEmploymentStatus(
      did && {
        status: did.status,
        filedOn: todayRome(did.filedAt),
        revokedOn: did.revokedAt ? todayRome(did.revokedAt) : null,
        workCondition: did.workCondition,
        lastJobEndDate: did.lastJobEndDate,
        noticeEndDate: did.noticeEndDate,
      },
      today,
    );
  }

  async overview(ctx: RequestContext): Promise<DidOverviewResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const out = await this.overviewOf(me);
    await this.audit.record(ctx, { action: 'patto.did.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return out;
  }

  private async overviewOf(me: CitizenRef): Promise<DidOverviewResponse> {
    const [all, details] = await Promise.all([this.repo.didsOf(me.id), this.registry.citizenDetails(me.id)]);
    const active = all.find((d) => d.status === 'active') ?? null;
    const s = this.statusOf(active);
    // no DID to show: the form starts from what the professional profile (matching owns it) already says
    const facts = active ? null : await this.profile.factsOf(me.id);
    return {
      ...(active ? { active: toDidResponse(active) } : {}),
      history: all.map(toDidResponse),
      employmentStatus: { status: s.status, ...(s.since ? { since: s.since } : {}), monthsUnemployed: s.monthsUnemployed, derivation: s.derivation },
      prefill: {
        fiscalCode: me.fiscalCode,
        givenName: me.givenName,
        familyName: me.familyName,
        ...(details?.birthDate ? { birthDate: details.birthDate } : {}),
        ...(details?.gender ? { gender: details.gender } : {}),
        ...(details?.domicile ? { domicile: details.domicile } : {}),
        ...(me.email ? { email: me.email } : {}),
        ...(me.mobilePhone ? { mobilePhone: me.mobilePhone } : {}),
        ...(details?.officeName ? { officeName: details.officeName } : {}),
        ...(facts
          ? {
              profile: {
                education: facts.education,
                jobs: facts.experiences.map((e) => ({ occupation: e.title, ...(e.employer ? { employer: e.employer } : {}), from: e.from, ...(e.to ? { to: e.to } : {}) })),
                languages: facts.languages,
                licences: facts.licences,
              },
            }
          : {}),
      },
    };
  }

  async file(ctx: RequestContext, body: FileDidBody, now = new Date()): Promise<DidOverviewResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const today = todayRome(now);
    const field = (pointer: string, detail: string) => new DomainError(ErrorCode.DID_NOT_ELIGIBLE, detail, [{ pointer, detail, constraint: 'eligibility' }]);
    const required = (pointer: string, detail: string) => new DomainError(ErrorCode.VALIDATION_FAILED, detail, [{ pointer, detail, constraint: 'required' }]);
    if (body.workCondition === 'notice_period') {
      if (!body.noticeEndDate) throw required('/noticeEndDate', 'noticeEndDate is required during a notice period');
      if (body.noticeEndDate < today) throw field('/noticeEndDate', 'the notice period has already ended: declare "no_job" with lastJobEndDate');
    }
    if (body.lastJobEndDate && body.lastJobEndDate > today) throw field('/lastJobEndDate', 'lastJobEndDate cannot be in the future');
    for (const [i, j] of body.jobs.entries())
      if (j.to && j.to < j.from)
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'to before from', [{ pointer: `/jobs/${i}/to`, detail: 'to must not be before from', constraint: 'order' }]);
    return this.repo
      .transaction(async (m) => {
        if (body.workCondition === 'low_income_work') {
          if (!body.lowIncomeKind) throw required('/lowIncomeKind', 'lowIncomeKind is required for low-income work');
          if (body.expectedAnnualIncome === undefined) throw required('/expectedAnnualIncome', 'expectedAnnualIncome is required for low-income work');
          const limit = await this.parameter(body.lowIncomeKind === 'employee' ? 'low_income_employee_eur' : 'low_income_self_employed_eur', today, m);
          if (body.expectedAnnualIncome >= limit) throw field('/expectedAnnualIncome', `an annual income of ${limit} EUR or more does not keep the unemployment status`);
        }
        const benefitDays = body.benefit === 'naspi' || body.benefit === 'dis_coll';
        const contactDays = await this.parameter(benefitDays ? 'did_contact_days_benefit' : 'did_contact_days', today, m);
        let did: DidEntity;
        try {
          did = await this.repo.insertDid(m, {
            citizenId: me.id,
            fiscalCode: me.fiscalCode,
            officeId: me.officeId,
            status: 'active',
            filedAt: now,
            workCondition: body.workCondition,
            lastJobEndDate: body.workCondition === 'no_job' ? (body.lastJobEndDate ?? null) : null,
            noticeEndDate: body.workCondition === 'notice_period' ? (body.noticeEndDate ?? null) : null,
            lowIncomeKind: body.workCondition === 'low_income_work' ? (body.lowIncomeKind ?? null) : null,
            expectedAnnualIncome: body.workCondition === 'low_income_work' && body.expectedAnnualIncome !== undefined ? String(body.expectedAnnualIncome) : null,
            benefit: body.benefit,
            citizenship: body.citizenship,
            sap: {
              education: body.education.map((e) => ({ title: e.title.trim(), eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })),
              jobs: body.jobs.map((j) => ({
                occupation: j.occupation.trim(),
                ...(j.employer ? { employer: j.employer.trim() } : {}),
                from: j.from,
                ...(j.to ? { to: j.to } : {}),
              })),
              languages: body.languages,
              licences: [...new Set(body.licences)],
            },
            contactDays,
            contactDeadline: addDays(today, contactDays),
          });
        } catch (e) {
          if ((e as { code?: string; constraint?: string }).constraint === 'dids_one_active_per_person') throw new DomainError(ErrorCode.DID_ALREADY_ACTIVE);
          throw e;
        }
        await this.audit.record(ctx, { action: 'patto.did.filed', resourceType: 'did', resourceId: did.id, subjectFiscalCode: me.fiscalCode }, m);
        return did;
      })
      .then(() => this.overviewOf(me));
  }

  async revoke(ctx: RequestContext, reason: string): Promise<DidOverviewResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.repo.transaction(async (m) => {
      const did = await this.repo.lockActiveDid(m, me.id);
      if (!did) throw new DomainError(ErrorCode.DID_NOT_FOUND);
      await this.repo.revokeDid(m, did.id, reason.trim());
      await this.audit.record(ctx, { action: 'patto.did.revoked', resourceType: 'did', resourceId: did.id, subjectFiscalCode: me.fiscalCode }, m);
    });
    return this.overviewOf(me);
  }

  channelOf(citizenId: string): Promise<ChannelProfileEntity | null> {
    return this.repo.channelOf(citizenId);
  }

  async channel(ctx: RequestContext): Promise<ChannelProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    await this.audit.record(ctx, { action: 'patto.channel.read', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return toChannelResponse(await this.channelOf(me.id));
  }

  async assess(ctx: RequestContext, answers: SkillsAnswer[]): Promise<ChannelProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    const advice = adviseChannel(answers);
    if ('invalidAt' in advice) {
      throw new DomainError(ErrorCode.SKILLS_ASSESSMENT_INVALID, advice.reason, [{ pointer: `/answers/${advice.invalidAt}`, detail: advice.reason, constraint: 'answer' }]);
    }
    return this.saveChannel(
      ctx,
      me,
      { modelVersion: SKILLS_MODEL_VERSION, answers: advice.answers, score: advice.score, advisedChannel: advice.advised, assessedAt: new Date() },
      'patto.channel.assessed',
    );
  }

  /** The person's choice: stored as given, whatever the advice said. */
  async choose(ctx: RequestContext, body: ChooseChannelBody): Promise<ChannelProfileResponse> {
    const me = await this.registry.selfAsCitizen(ctx);
    return this.saveChannel(
      ctx,
      me,
      {
        chosenChannel: body.channel,
        chosenAt: new Date(),
        needsHelp: body.needsHelp,
        languageNeeds: body.languageNeeds?.trim() || null,
        accessibilityNeeds: body.accessibilityNeeds?.trim() || null,
      },
      'patto.channel.chosen',
    );
  }

  private async saveChannel(ctx: RequestContext, me: CitizenRef, patch: Partial<ChannelProfileEntity>, action: string): Promise<ChannelProfileResponse> {
    const saved = await this.repo.transaction(async (m) => {
      const row = await this.repo.upsertChannel(m, { citizenId: me.id, fiscalCode: me.fiscalCode, ...patch });
      await this.audit.record(
        ctx,
        { action, resourceType: 'channel_profile', resourceId: me.id, subjectFiscalCode: me.fiscalCode, details: patch.chosenChannel ? { channel: patch.chosenChannel } : {} },
        m,
      );
      return row;
    });
    return toChannelResponse(saved);
  }
}
