import { Injectable } from '@nestjs/common';
import { italianDate, romeParts } from '../../platform/time/rome-time';
import type { AppointmentResponse, BookAppointmentBody, RescheduleAppointmentBody } from '@opencpi/contracts';
import type { RequestContext } from '../../platform/auth/request-context';
import type { EntityManager } from 'typeorm';
import type { Locale } from '../../platform/i18n/locale';
import { AgendaRepository } from './agenda.repository';
import { serviceTypeNames } from './i18n/agenda-catalogue';
import { BookingService } from './booking/booking.service';
import { OutreachInvitationsService, type InvitationOutcome, type OutreachInvitation } from './invitations/outreach-invitations.service';

/**
 * What other modules may ask the agenda (exported by AgendaModule). The use cases live in booking/, recall/,
 * availability/, calendar/, invitations/ and convocations/.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly repo: AgendaRepository,
    private readonly booking: BookingService,
    private readonly outreach: OutreachInvitationsService,
  ) {}

  /**
   * The person's own booking use cases, for a module that acts for them (intermediaries, under a delegation): `ctx` is
   * the person's (its principal may carry the delegate, who the audit then names as the actor).
   */
  bookFor(ctx: RequestContext, body: BookAppointmentBody): Promise<AppointmentResponse> {
    return this.booking.book(ctx, body);
  }
  rescheduleFor(ctx: RequestContext, appointmentId: string, body: RescheduleAppointmentBody): Promise<AppointmentResponse> {
    return this.booking.rescheduleOwn(ctx, appointmentId, body.slotId, body.channel);
  }
  appointmentsFor(ctx: RequestContext): Promise<AppointmentResponse[]> {
    return this.booking.myAppointments(ctx);
  }

  /** What a satisfaction survey needs to know of an appointment (surveys module): service (named in every language), channel, office, person; null if unknown. */
  async serviceFactsOf(appointmentId: string): Promise<{
    serviceCode: string;
    serviceNameIt: string;
    serviceNameEn: string;
    serviceNames: Record<Locale, string>;
    channel: string;
    officeId: string;
    citizenId: string;
    startsAt: Date;
  } | null> {
    const a = await this.repo.appointment(appointmentId);
    return a
      ? {
          serviceCode: a.serviceCode,
          serviceNameIt: a.serviceNameIt,
          serviceNameEn: a.serviceNameEn,
          serviceNames: serviceTypeNames(a.serviceCode, a.serviceNameIt, a.serviceNameEn),
          channel: a.channel,
          officeId: a.officeId,
          citizenId: a.citizenId,
          startsAt: a.startsAt,
        }
      : null;
  }

  /** Outreach campaigns (campaigns module): whether a service type exists, to invite people to book it. */
  serviceTypeExists(code: string): Promise<boolean> {
    return this.outreach.serviceTypeExists(code);
  }
  /** Outreach campaigns: one agenda invitation in the caller's transaction, without the agenda's own message (the campaign sends its own with the link). */
  inviteForCampaign(
    m: EntityManager,
    ctx: RequestContext,
    input: { citizenId: string; fiscalCode: string; officeId: string; serviceType: string; withinDays: number },
    now = new Date(),
  ): Promise<OutreachInvitation> {
    return this.outreach.invite(m, ctx, input, now);
  }
  /** Outreach segment: people of these offices with an invitation sent since `since` that ran out unanswered. */
  unansweredInvitations(officeIds: string[], since: Date, now = new Date()): Promise<string[]> {
    return this.outreach.unanswered(officeIds, since, now);
  }
  /** Outreach funnel: link opened, booked, attended per invitation id. */
  invitationOutcomes(invitationIds: string[]): Promise<Map<string, InvitationOutcome>> {
    return this.outreach.outcomes(invitationIds);
  }

  /** Which of these people had an appointment booked or held since the given instant (for the patto worklist). */
  async contactedSince(people: { citizenId: string; since: Date }[]): Promise<Set<string>> {
    if (people.length === 0) return new Set();
    return new Set(await this.repo.contactedSince(people));
  }

  /**
   * The person's appointments for the shared timeline: kind `appointment.booked` with params (service in every language:
   * serviceIt, serviceEn, serviceAr, serviceRo, serviceUk; Rome date and time, status) that the SPAs render from their
   * catalogue; `summary` is the Italian text for older readers.
   */
  async timelineOf(citizenId: string): Promise<{ at: string; kind: string; summary: string; refId: string; params: Record<string, string> }[]> {
    const rows = await this.repo.timelineRows(citizenId);
    return rows.map((r) => {
      const local = romeParts(new Date(r.startsAt));
      const names = serviceTypeNames(r.serviceCode, r.service, r.serviceEn);
      return {
        at: new Date(r.bookedAt).toISOString(),
        kind: 'appointment.booked',
        refId: r.id,
        summary: `Appuntamento "${r.service}" del ${italianDate(local.date)} alle ${local.time} (${r.status})`,
        params: { serviceIt: names.it, serviceEn: names.en, serviceAr: names.ar, serviceRo: names.ro, serviceUk: names.uk, date: local.date, time: local.time, status: r.status },
      };
    });
  }
}
