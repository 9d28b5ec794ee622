import type { Env } from '../../../config/env';
import { render } from '../../notifications/templates';
import type { CitizenRef } from '../../registry/registry.service';
import type { AppointmentRow } from '../agenda.repository';
import type { AppointmentLinks } from '../appointments/appointment-links';
import { BookingMessages } from './booking-messages';

const env = { CITIZEN_WEB_URL: 'https://cittadini.example.it' } as Env;
const links = { recallLink: (id: string) => `https://api.example.it/recall/${id}` } as unknown as AppointmentLinks;
const citizen = { givenName: 'Fatima', familyName: 'Khalil', fiscalCode: 'KHLFTM95M52Z330E', email: 'f@example.it', mobilePhone: null } as unknown as CitizenRef;
const appointment = (channel: 'in_person' | 'video' | 'phone') =>
  ({
    id: 'a1',
    channel,
    startsAt: new Date(Date.now() + 5 * 86_400_000),
    serviceNameIt: 'Prima accoglienza e informazioni',
    serviceNameEn: 'First reception and information',
    officeName: "Centro per l'Impiego di Torino",
  }) as unknown as AppointmentRow;

describe('booking messages', () => {
  const messages = new BookingMessages(env, links);

  it('words the confirmation and the reminders in English for an English reader (no Italian words)', () => {
    const reqs = messages.of(appointment('video'), citizen);
    expect(reqs.map((r) => r.template)).toEqual(['appointment.confirmed', 'appointment.recall', 'appointment.reminder']);
    const confirmed = render('appointment.confirmed', 'en', reqs[0]!.vars);
    expect(confirmed.body).toContain('"First reception and information"');
    expect(confirmed.body).toContain('(by video call)');
    expect(confirmed.body).toContain('call the Employment Centre');
    const recall = render('appointment.recall', 'en', reqs[1]!.vars);
    expect(recall.body).toContain('Will you come?');
    const reminder = render('appointment.reminder', 'en', reqs[2]!.vars);
    expect(`${reminder.subject}\n${reminder.body}`).toContain('in two hours');
    for (const text of [confirmed.body, recall.body, reminder.subject, reminder.body])
      expect(text).not.toMatch(/Prima accoglienza|videochiamata|tra due|Centro per l'Impiego\b(?! di Torino)/);
  });

  it('and in Italian for an Italian reader, with the office for an appointment in person', () => {
    const [confirmed] = messages.of(appointment('in_person'), citizen);
    const it = render('appointment.confirmed', 'it', confirmed!.vars);
    expect(it.body).toContain('"Prima accoglienza e informazioni"');
    expect(it.body).toContain("(in presenza, Centro per l'Impiego di Torino)");
    expect(it.body).toContain("chiami il Centro per l'Impiego");
  });
});
