import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Env } from '../../../config/env';
import { KeyRing } from '../../../platform/keys/key-ring';
import { addDays, romeParts, romeToInstant } from '../../../platform/time/rome-time';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { SURVEY_OPEN_DAYS, surveyTokenMessage, tokenHashOf } from '../domain/survey-token';
import { SurveysRepository } from '../surveys.repository';
import type { Locale } from '../../../platform/i18n/locale';

/** A delivered service that deserves a survey (built by the consumer from the event). */
export interface DeliveredService {
  serviceKind: 'appointment' | 'patto' | 'certificate' | 'vacancy';
  serviceRef: string;
  citizenId: string | null;
  fiscalCode: string;
  officeId: string | null;
  channel: 'in_person' | 'phone' | 'video' | 'online' | 'unspecified';
  /** in every language: stored with the invitation (what the link shows) and used in the message */
  serviceName: Record<Locale, string>;
  deliveredAt: Date;
}

/**
 * One survey per delivered service: the invitation (unique per service in the database) and its message with the
 * signed link, both in the caller's transaction (the event delivery's). A person without an office, or unknown to
 * the registry, gets none (the results are by office).
 */
@Injectable()
export class SurveyInvitationsService {
  constructor(
    private readonly repo: SurveysRepository,
    private readonly registry: RegistryService,
    private readonly notifications: NotificationsService,
    private readonly keys: KeyRing,
    private readonly env: Env,
  ) {}

  /** `<kid>.<mac>` of the survey under the survey-link key. */
  tokenOf(invitationId: string, kid = this.keys.currentKid): string {
    return this.keys.sign('survey-link', surveyTokenMessage(invitationId), kid);
  }

  /** The token as first issued (the kid whose token the row holds), so links in the SPA match the message's. */
  tokenMatching(invitationId: string, tokenHash: string): string {
    const kid = this.keys.kids.find((k) => tokenHashOf(this.tokenOf(invitationId, k)) === tokenHash);
    return this.tokenOf(invitationId, kid);
  }

  linkOf(token: string): string {
    return `${this.env.CITIZEN_WEB_URL}/valuta/${token}`;
  }

  /** Creates the survey of `s` unless it exists; true when created (and its message queued). */
  async invite(m: EntityManager, s: DeliveredService): Promise<boolean> {
    const person = await this.registry.citizenRef(s.fiscalCode);
    const officeId = s.officeId ?? person?.officeId ?? null;
    if (!person || !officeId) return false;
    const day = romeParts(s.deliveredAt).date;
    const set = await this.repo.questionSetOn(m, s.serviceKind, day);
    if (!set) return false;
    const id = randomUUID();
    const token = this.tokenOf(id);
    const today = romeParts(new Date()).date;
    const created = await this.repo.insertInvitation(m, {
      id,
      serviceKind: s.serviceKind,
      serviceRef: s.serviceRef,
      citizenId: person.id,
      fiscalCode: person.fiscalCode,
      officeId,
      channel: s.channel,
      serviceNameIt: s.serviceName.it.slice(0, 200),
      serviceNameEn: s.serviceName.en.slice(0, 200),
      serviceNameAr: s.serviceName.ar.slice(0, 200),
      serviceNameRo: s.serviceName.ro.slice(0, 200),
      serviceNameUk: s.serviceName.uk.slice(0, 200),
      serviceDate: day,
      questionSetVersion: set.version,
      tokenHash: tokenHashOf(token),
      expiresAt: romeToInstant(addDays(today, SURVEY_OPEN_DAYS + 1), '00:00') as Date,
    });
    if (!created) return false;
    // a survey is not a mandatory message: none for people who opted out (the survey still waits in their reserved area)
    if ((await this.notifications.optedOutOfNonMandatory([person.fiscalCode])).size > 0) return true;
    const office = (await this.registry.officesByIds([officeId])).get(officeId);
    await this.notifications.enqueue(m, {
      key: `survey:${id}:sent`,
      recipient: { fiscalCode: person.fiscalCode, email: person.email, mobilePhone: person.mobilePhone },
      template: 'survey.invitation',
      vars: { name: `${person.givenName} ${person.familyName}`, service: s.serviceName, office: office?.name ?? { phrase: 'the_employment_centre' }, link: this.linkOf(token) },
    });
    return true;
  }
}
