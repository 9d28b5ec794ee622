import type { AppointmentResponse, SlotResponse } from '@opencpi/contracts';
import type { AppointmentRow, SlotRow } from './agenda.repository';
import { romeParts } from '../../platform/time/rome-time';
import type { Locale } from '../../platform/i18n/locale';
import { RECALL_CANCEL_REASON, serviceTypeName } from './i18n/agenda-catalogue';

export function toSlotResponse(s: SlotRow & { officeName: string; operatorName?: string }, withOperator = false): SlotResponse {
  const local = romeParts(new Date(s.startsAt));
  return {
    id: s.id,
    officeId: s.officeId,
    officeName: s.officeName,
    operatorId: s.operatorId,
    startsAt: new Date(s.startsAt).toISOString(),
    endsAt: new Date(s.endsAt).toISOString(),
    localDate: local.date,
    localTime: local.time,
    channels: s.channels,
    seatsLeft: s.capacity - s.booked,
    ...(withOperator && s.operatorName ? { operatorName: s.operatorName } : {}),
  };
}

/** A remote appointment's room is shown from this long before the start until the end. */
export const VIDEO_LINK_LEAD_MINUTES = 15;

export function toAppointmentResponse(
  a: AppointmentRow,
  opts: { locale?: Locale; withCitizen?: boolean; now?: Date; videoRoom?: (appointmentId: string) => string } = {},
): AppointmentResponse {
  const now = (opts.now ?? new Date()).getTime();
  const startsAt = new Date(a.startsAt);
  const local = romeParts(startsAt);
  const cutoff = startsAt.getTime() - a.cancelCutoffHours * 3_600_000;
  const locale = opts.locale ?? 'it';
  return {
    id: a.id,
    status: a.status,
    serviceType: a.serviceCode,
    serviceName: serviceTypeName(a.serviceCode, a.serviceNameIt, a.serviceNameEn, locale),
    officeName: a.officeName,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(a.endsAt).toISOString(),
    localDate: local.date,
    localTime: local.time,
    channel: a.channel,
    changeable: a.status === 'booked' && !a.convocationId && now < cutoff,
    ...(a.convocationId ? { convocationId: a.convocationId } : {}),
    ...(a.recallAnswer ? { recallAnswer: a.recallAnswer } : {}),
    ...(a.cancelReason && a.cancelReason !== 'rescheduled' ? { cancelReason: a.cancelReason === RECALL_CANCEL_REASON.it ? RECALL_CANCEL_REASON[locale] : a.cancelReason } : {}),
    ...(opts.videoRoom && a.channel === 'video' && a.status === 'booked' && now >= startsAt.getTime() - VIDEO_LINK_LEAD_MINUTES * 60_000 && now < new Date(a.endsAt).getTime()
      ? { videoUrl: opts.videoRoom(a.id) }
      : {}),
    ...(opts.withCitizen ? { citizenFiscalCode: a.citizenFiscalCode, ...(a.citizenName ? { citizenName: a.citizenName } : {}) } : {}),
  };
}
