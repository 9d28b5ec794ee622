import type { ConvocationResponse, DeliveryResponse } from '@opencpi/contracts';
import type { Locale } from '../../../platform/i18n/locale';
import { romeParts } from '../../../platform/time/rome-time';
import { serviceTypeName } from '../i18n/agenda-catalogue';
import type { Delivery } from '../../notifications/notifications.service';
import type { ConvocationRecord } from './convocations.repository';

/** A convocation with what registry reports of its office and person. */
export interface ConvocationRow extends ConvocationRecord {
  officeName: string;
  citizenName: string;
}

/** Masks an address for display: the proof keeps the whole one, the screen shows enough to recognise it. */
export function maskAddress(channel: string, address: string): string {
  if (channel === 'email') {
    const [user, domain] = address.split('@');
    return `${(user ?? '').slice(0, 2)}***@${domain ?? ''}`;
  }
  return address.length > 4 ? `${'*'.repeat(address.length - 4)}${address.slice(-4)}` : address;
}

/** The convocation; its service named in `locale` (the reader's; the legal text stays as rendered). */
export function toConvocationResponse(r: ConvocationRow, locale: Locale = 'it'): ConvocationResponse {
  const local = romeParts(new Date(r.startsAt));
  return {
    id: r.id,
    appointmentId: r.appointmentId,
    appointmentStatus: r.appointmentStatus,
    citizenFiscalCode: r.citizenFiscalCode,
    citizenName: r.citizenName,
    serviceName: serviceTypeName(r.serviceCode, r.serviceName, r.serviceNameEn, locale),
    officeName: r.officeName,
    startsAt: new Date(r.startsAt).toISOString(),
    localDate: local.date,
    localTime: local.time,
    channel: r.channel,
    place: r.place,
    legalBasis: r.legalBasis,
    text: r.renderedText,
    textSha256: r.textSha256,
    createdAt: new Date(r.createdAt).toISOString(),
    ...(r.acknowledgedAt ? { acknowledgedAt: new Date(r.acknowledgedAt).toISOString() } : {}),
  };
}

export function toDelivery(d: Delivery): DeliveryResponse {
  return {
    channel: d.channel,
    address: maskAddress(d.channel, d.address),
    status: d.status,
    ...(d.queuedUntil ? { queuedUntil: new Date(d.queuedUntil).toISOString(), quietHours: d.quietHours === true } : {}),
    ...(d.providerMessageId ? { providerMessageId: d.providerMessageId } : {}),
    ...(d.sentAt ? { sentAt: new Date(d.sentAt).toISOString() } : {}),
    ...(d.receiptStatus ? { receiptStatus: d.receiptStatus } : {}),
    ...(d.receiptAt ? { receiptAt: new Date(d.receiptAt).toISOString() } : {}),
    attempts: d.attempts.map((x) => ({
      attempt: x.attempt,
      startedAt: new Date(x.startedAt).toISOString(),
      outcome: x.outcome,
      ...(x.providerMessageId ? { providerMessageId: x.providerMessageId } : {}),
      ...(x.error ? { error: x.error } : {}),
    })),
  };
}
