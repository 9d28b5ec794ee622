import { Injectable } from '@nestjs/common';
import type { AttendanceRecordedV1, CertificateIssuedV1, PattoSignedV1, VacancyClosedV1 } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { NonRetryableEventError, type DeliveredEvent, type EventConsumer } from '../../../platform/events/event-consumers';
import { AgendaService } from '../../agenda/agenda.service';
import { surveyChannelOf } from '../domain/survey-token';
import { certificateName, SERVICE_NAMES, vacancyName } from '../i18n/surveys-catalogue';
import { SurveyInvitationsService, type DeliveredService } from '../invitations/survey-invitations.service';

export const SURVEY_INVITATION = { name: 'surveys.invite', types: ['attendance.recorded', 'patto.signed', 'certificate.issued', 'vacancy.closed'] } as const;

/**
 * `surveys.invite`: after each delivered service — an attended appointment, a signed patto (each signed version is a
 * service), an issued certificate, a published vacancy the company closed (asked of the member who closed it; when the
 * office closes it there is no company member to ask) — one survey and its message. Idempotent by the database: one invitation per
 * (service kind, reference), the message keyed by the invitation.
 */
@Injectable()
export class SurveyInvitationConsumer implements EventConsumer {
  readonly name = SURVEY_INVITATION.name;
  readonly types = SURVEY_INVITATION.types;

  constructor(
    private readonly invitations: SurveyInvitationsService,
    private readonly agenda: AgendaService,
  ) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.version !== 1) throw new NonRetryableEventError(`${event.type} v${event.version} is not known to ${this.name}`);
    const service = await this.serviceOf(event);
    if (service) await this.invitations.invite(m, service);
  }

  private async serviceOf(event: DeliveredEvent): Promise<DeliveredService | null> {
    if (event.type === 'attendance.recorded') {
      const p = event.payload as AttendanceRecordedV1;
      if (p.outcome !== 'attended') return null;
      const a = await this.agenda.serviceFactsOf(p.appointmentId);
      if (!a) return null;
      return {
        serviceKind: 'appointment',
        serviceRef: p.appointmentId,
        citizenId: a.citizenId,
        fiscalCode: p.citizenFiscalCode,
        officeId: p.officeId,
        channel: surveyChannelOf(a.channel),
        serviceName: a.serviceNames,
        deliveredAt: new Date(p.startsAt),
      };
    }
    if (event.type === 'patto.signed') {
      const p = event.payload as PattoSignedV1;
      return {
        serviceKind: 'patto',
        serviceRef: `${p.pattoId}:${p.version}`,
        citizenId: p.citizenId,
        fiscalCode: p.citizenFiscalCode,
        officeId: p.officeId,
        channel: 'unspecified', // the event does not say where the last party signed
        serviceName: SERVICE_NAMES.patto,
        deliveredAt: new Date(p.signedAt),
      };
    }
    if (event.type === 'certificate.issued') {
      const p = event.payload as CertificateIssuedV1;
      return {
        serviceKind: 'certificate',
        serviceRef: p.certificateId,
        citizenId: p.citizenId,
        fiscalCode: p.citizenFiscalCode,
        officeId: p.officeId,
        channel: p.issuedVia === 'citizen' ? 'online' : 'in_person',
        serviceName: certificateName(p.kind),
        deliveredAt: new Date(p.issuedAt),
      };
    }
    if (event.type === 'vacancy.closed') {
      const p = event.payload as VacancyClosedV1;
      if (p.closedBy !== 'employer') return null;
      return {
        serviceKind: 'vacancy',
        serviceRef: p.vacancyId,
        citizenId: null,
        fiscalCode: p.closedByFiscalCode,
        officeId: p.officeId,
        channel: 'online',
        serviceName: vacancyName(p.title),
        deliveredAt: new Date(p.closedAt),
      };
    }
    return null;
  }
}
