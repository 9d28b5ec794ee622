import { Injectable } from '@nestjs/common';
import { ErrorCode, type AnswerSurveyBody, type CitizenSurveyResponse, type PublicSurveyResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import { personViaLink, type RequestContext, type RequestOrigin } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { KeyRing } from '../../../platform/keys/key-ring';
import { romeParts } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { tokenHashOf } from '../domain/survey-token';
import { SurveyInvitationsService } from '../invitations/survey-invitations.service';
import { statusOf, toCitizenSurvey, toPublicSurvey } from '../surveys.mapper';
import { SurveysRepository, type SurveyRecord } from '../surveys.repository';

/**
 * The person's side of a survey: open it by its signed link (no login) or from the reserved area, answer once (the
 * database keeps the first answer), withdraw the comment later. A forged, unknown or retired-key link is a 404 that
 * says nothing else; what a link shows never names the person.
 */
@Injectable()
export class SurveyAnswersService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly invitations: SurveyInvitationsService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly keys: KeyRing,
  ) {}

  private async byToken(token: string, m?: EntityManager, lock = false): Promise<SurveyRecord> {
    // a token of another shape, or of a kid not (or no longer) listed, is refused before any query
    if (!this.keys.kidOf(token)) throw new DomainError(ErrorCode.SURVEY_NOT_FOUND);
    const r = await this.repo.byTokenHash(tokenHashOf(token), m, lock);
    if (!r) throw new DomainError(ErrorCode.SURVEY_NOT_FOUND);
    return r;
  }

  private async view(r: SurveyRecord, now: Date): Promise<PublicSurveyResponse> {
    const [questions, office] = await Promise.all([this.repo.questionSet(r.serviceKind, r.questionSetVersion), this.registry.officeName(r.officeId)]);
    return toPublicSurvey(r, questions, office ?? '', now);
  }

  private async linkContext(r: SurveyRecord, origin: RequestOrigin): Promise<RequestContext> {
    const c = (await this.registry.citizensByIds([r.citizenId])).get(r.citizenId);
    return personViaLink({ fiscalCode: r.fiscalCode, givenName: c?.givenName ?? '', familyName: c?.familyName ?? '' }, `survey:${r.id}`, new Date(r.expiresAt), origin);
  }

  async publicView(token: string, now = new Date()): Promise<PublicSurveyResponse> {
    return this.view(await this.byToken(token), now);
  }

  /** Records the answer once; a second answer is refused (409) and the first one kept. */
  async answer(token: string, body: AnswerSurveyBody, origin: RequestOrigin, now = new Date()): Promise<PublicSurveyResponse> {
    const r = await this.byToken(token);
    const questions = await this.repo.questionSet(r.serviceKind, r.questionSetVersion);
    const answers = body.answers ?? [];
    const codes = new Set(questions.map((q) => q.code));
    const wrong = answers.flatMap((a, i) => (codes.has(a.code) ? [] : [{ pointer: `/answers/${i}/code`, detail: 'not a question of this survey' }]));
    const twice = answers.flatMap((a, i) => (answers.findIndex((b) => b.code === a.code) !== i ? [{ pointer: `/answers/${i}/code`, detail: 'answered twice' }] : []));
    if (wrong.length || twice.length) throw new DomainError(ErrorCode.SURVEY_QUESTION_UNKNOWN, undefined, [...wrong, ...twice]);
    const comment = body.comment?.trim() ? body.comment.trim() : null;
    const ctx = await this.linkContext(r, origin);
    await this.repo.transaction(async (m) => {
      const locked = await this.byToken(token, m, true);
      if (locked.rating !== null) throw new DomainError(ErrorCode.SURVEY_ALREADY_ANSWERED, 'You have already answered this survey: your first answer is kept');
      if (statusOf(locked, now) === 'expired') throw new DomainError(ErrorCode.SURVEY_EXPIRED);
      const recorded = await this.repo.insertAnswer(m, locked, {
        rating: body.rating,
        answers: answers.map((a) => ({ code: a.code, value: a.value })),
        comment,
        answeredOn: romeParts(now).date,
      });
      if (!recorded) throw new DomainError(ErrorCode.SURVEY_ALREADY_ANSWERED, 'You have already answered this survey: your first answer is kept');
      // what was answered stays out of the audit log: only that it was, with or without a comment
      await this.audit.record(
        ctx,
        { action: 'surveys.answer.recorded', resourceType: 'survey', resourceId: r.id, subjectFiscalCode: r.fiscalCode, details: { withComment: comment !== null } },
        m,
      );
    });
    return this.view(await this.byToken(token), now);
  }

  /** Erases the comment of the answer (the rating stays); idempotent. */
  async withdrawComment(token: string, origin: RequestOrigin, now = new Date()): Promise<PublicSurveyResponse> {
    const r = await this.byToken(token);
    const ctx = await this.linkContext(r, origin);
    await this.repo.transaction(async (m) => {
      if (await this.repo.withdrawComment(m, r.id))
        await this.audit.record(ctx, { action: 'surveys.comment.withdrawn', resourceType: 'survey', resourceId: r.id, subjectFiscalCode: r.fiscalCode }, m);
    });
    return this.view(await this.byToken(token), now);
  }

  /** "Valuta il servizio": my surveys with their links (audited). */
  async mine(ctx: RequestContext, now = new Date()): Promise<CitizenSurveyResponse[]> {
    const me = await this.registry.selfAsCitizen(ctx);
    const rows = await this.repo.ofCitizen(me.id);
    const offices = await this.registry.officeNames([...new Set(rows.map((r) => r.officeId))]);
    await this.audit.record(ctx, { action: 'surveys.survey.list', resourceType: 'citizen', resourceId: me.id, subjectFiscalCode: me.fiscalCode });
    return rows.map((r) => toCitizenSurvey(r, offices.get(r.officeId) ?? '', this.invitations.tokenMatching(r.id, r.tokenHash), now));
  }
}
