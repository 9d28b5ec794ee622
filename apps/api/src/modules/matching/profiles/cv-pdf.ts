import type { ProfileResponse } from '@opencpi/contracts';
import type { Locale } from '../../../platform/i18n/locale';
import { PdfFlow } from '../../../platform/pdf/pdf-flow';
import { cvText, type CvText } from './cv-texts';

export interface CvPerson {
  givenName: string;
  familyName: string;
  email: string | null;
  mobilePhone: string | null;
  domicile: string | null;
  birthDate: string | null;
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY' */
const day = (d: string) => d.split('-').reverse().join('/');

/**
 * A Europass-style CV (personal data, experience, education, languages, skills, licences) as PDF, worded in `locale`:
 * the shared PDF layer's Unicode fonts (Ștefan, Олена, Arabic shaped right to left), long lines wrapped, never cut.
 */
export async function renderCv(locale: Locale, me: CvPerson, profile: ProfileResponse): Promise<Buffer> {
  const tx = (key: CvText, vars?: Record<string, string | number>) => cvText(locale, key, vars);
  const name = `${me.givenName} ${me.familyName}`;
  const f = await PdfFlow.create({ title: tx('title', { name }), locale, creator: 'OpenCPI' });
  const { font, bold } = f;
  const section = (title: string) => {
    f.space(6);
    f.line(title.toLocaleUpperCase(locale), bold, 11, 6);
  };
  const detail = (text: string) => f.line(text, font, 9, 4);
  f.line(name, bold, 18, 8);
  f.line([me.domicile, me.email, me.mobilePhone].filter(Boolean).join(' · '));
  if (me.birthDate) f.line(tx('birthDate', { date: day(me.birthDate) }));
  section(tx('experience'));
  for (const e of profile.experiences) {
    f.line(`${day(e.from)} – ${e.to ? day(e.to) : tx('today')}  ${e.title}${e.employer ? `, ${e.employer}` : ''}`, bold);
    if (e.occupationLabel) detail(tx('occupation', { label: e.occupationLabel }));
    if (e.tasks) detail(e.tasks);
  }
  section(tx('education'));
  // an Arabic comma keeps the year on the right-to-left side of an Arabic line (a Latin one would join it to "EQF")
  const comma = locale === 'ar' ? '،' : ',';
  for (const e of profile.education) f.line(`${tx('eqf', { title: e.title, level: e.eqfLevel })}${e.year ? `${comma} ${e.year}` : ''}`);
  section(tx('languages'));
  for (const l of profile.languages) f.line(tx('cefr', { language: l.language.toUpperCase(), level: l.level === 'native' ? tx('native') : l.level }));
  section(tx('skills'));
  for (const s of profile.skills) f.line(`• ${s.label}`);
  if (profile.licences.length) {
    section(tx('licences'));
    f.line(profile.licences.join(', '));
  }
  f.space(10);
  f.line(tx('consent'), font, 8);
  return Buffer.from(await f.doc.save());
}
