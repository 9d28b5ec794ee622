import { SUPPORTED_LOCALES } from '../../platform/i18n/locale';
import { PHRASES, TEMPLATES, phraseIn, render, templateIn, type PhraseName, type TemplateName, type TemplateVar } from './templates';

const varsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message templates', () => {
  it('has an Italian and an English text of every message, with the same variables', () => {
    for (const [name, t] of Object.entries(TEMPLATES)) {
      expect({ name, subject: varsOf(t.en.subject), body: varsOf(t.en.body) }).toEqual({ name, subject: varsOf(t.it.subject), body: varsOf(t.it.body) });
    }
    for (const [name, p] of Object.entries(PHRASES)) expect({ name, vars: varsOf(p.en) }).toEqual({ name, vars: varsOf(p.it) });
  });

  it('has every message and phrase in Arabic, Romanian and Ukrainian too, with the Italian variables', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const name of Object.keys(TEMPLATES) as TemplateName[]) {
        const t = templateIn(name, locale);
        const it = TEMPLATES[name].it;
        expect({ locale, name, subject: varsOf(t.subject), body: varsOf(t.body) }).toEqual({ locale, name, subject: varsOf(it.subject), body: varsOf(it.body) });
      }
      for (const name of Object.keys(PHRASES) as PhraseName[])
        expect({ locale, name, vars: varsOf(phraseIn(name, locale)) }).toEqual({ locale, name, vars: varsOf(PHRASES[name].it) });
    }
  });

  it('renders a service named in every language in the reader language', () => {
    const service = { it: 'Orientamento', en: 'Guidance', ar: 'التوجيه', ro: 'Orientare', uk: 'Профорієнтація' };
    const vars = { name: 'Ana', service, office: 'CPI Torino', date: '01/12/2026', time: '09:30', link: 'x' };
    expect(render('appointment.cancelled', 'ro', vars).subject).toBe('Programare anulată: Orientare');
    expect(render('appointment.cancelled', 'uk', vars).subject).toBe('Зустріч скасовано: Профорієнтація');
    expect(render('appointment.cancelled', 'ar-MA', vars).body).toContain('"التوجيه"');
    // @ts-expect-error a name without Arabic, Romanian and Ukrainian does not compile
    const partial: TemplateVar = { it: 'Orientamento', en: 'Guidance' };
    expect(partial).toBeTruthy();
  });

  it('renders in the recipient language, words included (Italian for any other language)', () => {
    const vars = { name: 'Mario', company: { phrase: 'a_company' as const }, vacancy: 'Magazziniere', link: 'https://x/candidature' };
    expect(render('matching.consent_request', 'en', vars).body).toContain('present your profile to a company for the vacancy "Magazziniere"');
    expect(render('matching.consent_request', 'it', vars).body).toContain("all'azienda un'azienda per l'offerta \"Magazziniere\"");
    expect(render('matching.consent_request', 'de', vars).subject).toBe("Un'azienda è interessata al suo profilo");
    const appointment = render('appointment.confirmed', 'en', {
      name: 'Mario',
      service: { it: 'Primo colloquio', en: 'First interview', ar: 'المقابلة الأولى', ro: 'Primul interviu', uk: 'Перша співбесіда' },
      office: 'CPI Torino',
      date: '01/12/2026',
      time: '09:30',
      channel: { phrase: 'in_person_at', vars: { office: 'CPI Torino' } },
      link: 'x',
      phone: { phrase: 'the_employment_centre' },
    });
    expect(appointment.subject).toBe('Appointment confirmed: First interview');
    expect(appointment.body).toContain('(in person, CPI Torino)');
    expect(appointment.body).toContain('call the Employment Centre.');
  });
});
