import { Injectable } from '@nestjs/common';
import { Env } from '../../../config/env';
import { italianDate, romeParts } from '../../../platform/time/rome-time';
import type { NotifyRequest } from '../../notifications/notifications.service';
import type { TemplateVar } from '../../notifications/templates';
import type { CitizenRef } from '../../registry/registry.service';
import type { AppointmentRow } from '../agenda.repository';
import { AppointmentLinks } from '../appointments/appointment-links';
import { serviceTypeNames } from '../i18n/agenda-catalogue';

/** The messages a booking sends: their templates, keys, times and variables. */
@Injectable()
export class BookingMessages {
  constructor(
    private readonly env: Env,
    private readonly links: AppointmentLinks,
  ) {}

  /** The confirmation (unless told otherwise), the 48 h "are you coming?" recall and the 2 h reminder. */
  of(a: AppointmentRow, citizen: CitizenRef, opts: { confirmation?: boolean } = {}): NotifyRequest[] {
    const vars = this.vars(a, citizen);
    const recipient = { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone };
    const reqs: NotifyRequest[] =
      opts.confirmation === false ? [] : [{ key: `appointment:${a.id}:confirmed`, recipient, template: 'appointment.confirmed', vars, immediate: true }];
    const start = new Date(a.startsAt).getTime();
    for (const [hours, when] of [
      [48, { phrase: 'in_two_days' }],
      [2, { phrase: 'in_two_hours' }],
    ] as const) {
      const at = new Date(start - hours * 3_600_000);
      if (at.getTime() > Date.now()) {
        // 48 h before: "are you coming?" with a one-click answer; 2 h before: a plain reminder
        const template = hours === 48 ? 'appointment.recall' : 'appointment.reminder';
        reqs.push({ key: `appointment:${a.id}:reminder-${hours}h`, recipient, template, vars: { ...vars, when, recall: this.links.recallLink(a.id) }, notBefore: at });
      }
    }
    return reqs;
  }

  /** The appointment's cancellation, told to the person (by the office: with its reason). */
  cancelled(a: AppointmentRow, citizen: CitizenRef, byOffice?: { reason: string }): NotifyRequest {
    const key = `appointment:${a.id}:cancelled`;
    const recipient = { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone };
    return byOffice
      ? { key, recipient, template: 'appointment.cancelled_by_office', vars: { ...this.vars(a, citizen), reason: byOffice.reason } }
      : { key, recipient, template: 'appointment.cancelled', vars: this.vars(a, citizen), immediate: true };
  }

  /** Data as is; words as phrases or in both languages, rendered in the person's language by the notifications module. */
  vars(a: AppointmentRow, citizen: CitizenRef): Record<string, TemplateVar> {
    const local = romeParts(new Date(a.startsAt));
    const channel: TemplateVar =
      a.channel === 'in_person' ? { phrase: 'in_person_at', vars: { office: a.officeName } } : a.channel === 'video' ? { phrase: 'by_video' } : { phrase: 'by_phone' };
    return {
      name: `${citizen.givenName} ${citizen.familyName}`,
      service: serviceTypeNames(a.serviceCode, a.serviceNameIt, a.serviceNameEn),
      office: a.officeName,
      date: italianDate(local.date),
      time: local.time,
      channel,
      link: `${this.env.CITIZEN_WEB_URL}/appuntamenti`,
      phone: { phrase: 'the_employment_centre' },
    };
  }
}
