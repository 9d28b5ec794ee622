import { PHRASES, TEMPLATES, render } from './templates';

const varsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message templates', () => {
  it('has an Italian and an English text of every message, with the same variables', () => {
    for (const [name, t] of Object.entries(TEMPLATES)) {
      expect({ name, subject: varsOf(t.en.subject), body: varsOf(t.en.body) }).toEqual({ name, subject: varsOf(t.it.subject), body: varsOf(t.it.body) });
    }
    for (const [name, p] of Object.entries(PHRASES)) expect({ name, vars: varsOf(p.en) }).toEqual({ name, vars: varsOf(p.it) });
  });

  it('renders in the recipient language, words included (Italian for any other language)', () => {
    const vars = { name: 'Mario', company: { phrase: 'a_company' as const }, vacancy: 'Magazziniere', link: 'https://x/candidature' };
    expect(render('matching.consent_request', 'en', vars).body).toContain('present your profile to a company for the vacancy "Magazziniere"');
    expect(render('matching.consent_request', 'it', vars).body).toContain("all'azienda un'azienda per l'offerta \"Magazziniere\"");
    expect(render('matching.consent_request', 'de', vars).subject).toBe("Un'azienda è interessata al suo profilo");
    const appointment = render('appointment.confirmed', 'en', {
      name: 'Mario',
      service: { it: 'Primo colloquio', en: 'First interview' },
      office: 'CPI Torino',
      date: '01/12/2026',
      time: '09:30',
      channel: { phrase: 'in_person_at', vars: { office: 'CPI Torino' } },
      link: 'x',
      phone: { phrase: 'the_employment_centre' },
    });
    expect(appointment.subject).toBe('Appointment confirmed: First interview');
    expect(appointment.body).toContain('(in person, CPI Torino)');
    expect(appointment.body).toContain('call the employment centre.');
  });
});
