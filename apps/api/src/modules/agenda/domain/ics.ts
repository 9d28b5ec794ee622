/** What an iCalendar file of an appointment shows. */
export interface IcsAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  serviceNameIt: string;
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

/** The appointment as an RFC 5545 calendar with one event (CRLF line ends), stamped `now`. */
export function appointmentIcs(a: IcsAppointment, now = new Date()): string {
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
    `SUMMARY:${esc(`${a.serviceNameIt} – ${a.officeName}`)}`,
    `LOCATION:${esc(a.channel === 'in_person' ? a.officeName : a.channel === 'video' ? 'Videochiamata' : 'Telefono')}`,
    `STATUS:${a.status === 'booked' ? 'CONFIRMED' : 'CANCELLED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
