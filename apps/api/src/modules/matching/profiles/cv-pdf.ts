import type { ProfileResponse } from '@opencpi/contracts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
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

/** A Europass-style CV (personal data, experience, education, languages, skills, licences) as PDF, worded in `locale`. */
export async function renderCv(locale: string, me: CvPerson, profile: ProfileResponse): Promise<Buffer> {
  const tx = (key: CvText, vars?: Record<string, string | number>) => cvText(locale, key, vars);
  const pdf = await PDFDocument.create();
  pdf.setTitle(tx('title', { name: `${me.givenName} ${me.familyName}` }));
  pdf.setLanguage(tx('pdfLanguage'));
  pdf.setProducer('OpenCPI');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595, 842]);
  let y = 792;
  const safe = (s: string) => s.replace(/[^\x20-\x7E\xA0-\xFF\u2013\u2014\u2019\u2022\u20AC]/g, '?');
  const line = (text: string, f = font, size = 10, indent = 50) => {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 792;
    }
    page.drawText(safe(text).slice(0, 110), { x: indent, y, size, font: f });
    y -= size * 1.5;
  };
  const section = (title: string) => {
    y -= 6;
    line(title.toUpperCase(), bold, 11);
  };
  line(`${me.givenName} ${me.familyName}`, bold, 18);
  line([me.domicile, me.email, me.mobilePhone].filter(Boolean).join(' · '));
  if (me.birthDate) line(tx('birthDate', { date: day(me.birthDate) }));
  section(tx('experience'));
  for (const e of profile.experiences) {
    line(`${day(e.from)} – ${e.to ? day(e.to) : tx('today')}  ${e.title}${e.employer ? `, ${e.employer}` : ''}`, bold);
    if (e.occupationLabel) line(tx('occupation', { label: e.occupationLabel }), font, 9, 60);
    if (e.tasks) line(e.tasks, font, 9, 60);
  }
  section(tx('education'));
  for (const e of profile.education) line(`${tx('eqf', { title: e.title, level: e.eqfLevel })}${e.year ? `, ${e.year}` : ''}`);
  section(tx('languages'));
  for (const l of profile.languages) line(tx('cefr', { language: l.language.toUpperCase(), level: l.level === 'native' ? tx('native') : l.level }));
  section(tx('skills'));
  for (const s of profile.skills) line(`• ${s.label}`);
  if (profile.licences.length) {
    section(tx('licences'));
    line(profile.licences.join(', '));
  }
  y -= 10;
  line(tx('consent'), font, 8);
  return Buffer.from(await pdf.save());
}
