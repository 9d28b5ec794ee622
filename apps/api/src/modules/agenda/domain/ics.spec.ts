import { appointmentIcs } from './ics';

describe('appointment iCalendar', () => {
  const a = {
    id: 'a1',
    startsAt: new Date('2026-10-25T08:00:00Z'),
    endsAt: new Date('2026-10-25T08:30:00Z'),
    serviceCode: 'orientamento',
    serviceNameIt: 'Colloquio; orientamento',
    serviceNameEn: 'Guidance',
    officeName: 'CPI Torino, via Roma',
    channel: 'in_person',
    status: 'booked',
  };

  it('writes UTC instants, escapes text and ends lines with CRLF', () => {
    const ics = appointmentIcs(a, new Date('2026-10-01T10:00:00.123Z'));
    expect(ics.split('\r\n')).toEqual(
      expect.arrayContaining([
        'UID:a1@opencpi',
        'DTSTAMP:20261001T100000Z',
        'DTSTART:20261025T080000Z',
        'DTEND:20261025T083000Z',
        'SUMMARY:Colloquio\\; orientamento – CPI Torino\\, via Roma',
        'LOCATION:CPI Torino\\, via Roma',
        'STATUS:CONFIRMED',
      ]),
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('marks a cancelled remote appointment as such', () => {
    const ics = appointmentIcs({ ...a, channel: 'video', status: 'cancelled' });
    expect(ics).toContain('LOCATION:Videochiamata\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
  });

  it("writes the service and the place in the reader's language", () => {
    const ics = appointmentIcs({ ...a, channel: 'phone' }, new Date('2026-10-01T10:00:00Z'), 'uk');
    expect(ics).toContain('SUMMARY:Базова профорієнтація – CPI Torino\\, via Roma\r\n');
    expect(ics).toContain('LOCATION:Телефон\r\n');
  });
});
