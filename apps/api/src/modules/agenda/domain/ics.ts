import type { Locale } from '../../../platform/i18n/locale';
import { ICS_PLACES, serviceTypeName } from '../i18n/agenda-catalogue';

/** What an iCalendar file of an appointment shows. */
export interface IcsAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  serviceCode: string;
  serviceNameIt: string;
  serviceNameEn: string;
  officeName: string;
  channel: string;
  status: string;
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const esc = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/** The appointment as an RFC 5545 calendar with one event (CRLF line ends), stamped `now`, its words in `locale`. */
export function appointmentIcs(a: IcsAppointment, now = new Date(), locale: Locale = 'it'): string {
  const place = a.channel === 'in_person' ? a.officeName : ICS_PLACES[a.channel === 'video' ? 'video' : 'phone'][locale];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OpenCPI//Agenda//IT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${a.id}@opencpi`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(new Date(a.startsAt))}`,
    `DTEND:${stamp(new Date(a.endsAt))}`,
    `SUMMARY:${esc(`${serviceTypeName(a.serviceCode, a.serviceNameIt, a.serviceNameEn, locale)} – ${a.officeName}`)}`,
    `LOCATION:${esc(place)}`,
    `STATUS:${a.status === 'booked' ? 'CONFIRMED' : 'CANCELLED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
