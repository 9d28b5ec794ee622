import { Injectable } from '@nestjs/common';
import { ErrorCode, type PublicRecallResponse, type RecallAnswer } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import { personViaLink, type RequestOrigin } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import type { Locale } from '../../../platform/i18n/locale';
import { NotificationsService } from '../../notifications/notifications.service';
import { RegistryService } from '../../registry/registry.service';
import { toAppointmentResponse } from '../agenda.mapper';
import { AgendaRepository, type AppointmentRow } from '../agenda.repository';
import { AppointmentLinks } from '../appointments/appointment-links';
import { AppointmentQueryService } from '../appointments/appointment-query.service';
import { BookingMessages } from '../booking/booking-messages';
import { RECALL_CANCEL_REASON } from '../i18n/agenda-catalogue';

/** "Are you coming?": the signed link of each appointment (no login) shows it and takes the person's answer. */
@Injectable()
export class RecallService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly appointments: AppointmentQueryService,
    private readonly links: AppointmentLinks,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly messages: BookingMessages,
  ) {}

  recallLink(appointmentId: string): string {
    return this.links.recallLink(appointmentId);
  }

  private async recallAppointment(appointmentId: string, signature: string, m?: EntityManager, lock = false): Promise<AppointmentRow> {
    const a = this.links.recallSignatureValid(appointmentId, signature) ? await this.appointments.one(appointmentId, { ...(m ? { m } : {}), lock }) : null;
    if (!a) throw new DomainError(ErrorCode.APPOINTMENT_NOT_FOUND, 'This link is not valid');
    return a;
  }
  private static answerable(a: AppointmentRow, now: Date): boolean {
    return a.status === 'booked' && now < new Date(a.startsAt) && !(a.convocationId && a.recallAnswer === 'not_coming');
  }

  /** The appointment behind the link, its service named in `locale` (the reader's). */
  async recallView(appointmentId: string, signature: string, now = new Date(), locale: Locale = 'it'): Promise<PublicRecallResponse> {
    const a = await this.recallAppointment(appointmentId, signature);
    const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
    return { givenName: citizen?.givenName ?? '', appointment: toAppointmentResponse(a, { now, locale }), answerable: RecallService.answerable(a, now) };
  }

  /**
   * The answer to the recall. "Coming" is recorded; "not coming" frees the seat (a convocation is not cancelled:
   * the answer is recorded for the office, and the person is told to give the reason).
   */
  async recallAnswer(appointmentId: string, signature: string, answer: RecallAnswer, req: RequestOrigin, now = new Date(), locale: Locale = 'it'): Promise<PublicRecallResponse> {
    await this.repo.transaction(async (m) => {
      const a = await this.recallAppointment(appointmentId, signature, m, true);
      if (!RecallService.answerable(a, now)) throw new DomainError(ErrorCode.APPOINTMENT_NOT_CANCELLABLE, 'This appointment can no longer be answered online: contact the office');
      const citizen = await this.registry.citizenRef(a.citizenFiscalCode);
      if (!citizen) throw new DomainError(ErrorCode.CITIZEN_NOT_FOUND);
      const ctx = personViaLink(citizen, `recall:${a.id}`, new Date(a.startsAt), req);
      await this.repo.setRecallAnswer(m, a.id, answer);
      await this.audit.record(
        ctx,
        {
          action: 'agenda.appointment.recall-answer',
          resourceType: 'appointment',
          resourceId: a.id,
          subjectFiscalCode: a.citizenFiscalCode,
          actorOfficeId: a.officeId,
          details: { answer },
        },
        m,
      );
      if (answer === 'coming' || a.convocationId) return [];
      await this.repo.setStatus(m, a.id, 'cancelled', { cancelReason: RECALL_CANCEL_REASON.it });
      await this.repo.releaseSeat(m, a.slotId);
      await this.notifications.cancelPending(m, `appointment:${a.id}:reminder`);
      return this.notifications.enqueue(m, this.messages.cancelled(a, citizen));
    });
    return this.recallView(appointmentId, signature, now, locale);
  }
}
