import { DOSSIER_SECTIONS } from '@opencpi/contracts';
import type { PDFDocument } from 'pdf-lib';
import { PdfFlow } from '../../../platform/pdf/pdf-flow';
import { italianDate, todayRome } from '../../../platform/time/rome-time';
import { fill, PORTABILITY_CATALOGUE, type PortabilityLocale } from '../i18n/portability-catalogue';

export interface SummaryInput {
  issuer: string;
  exportId: string;
  exportedAt: Date;
  person: { fiscalCode: string; givenName: string; familyName: string };
  sections: Record<string, unknown>;
}

/** What a section holds, in a few words: its number of items, or whether it is there. */
function countOf(v: unknown): number | null {
  if (Array.isArray(v)) return v.length;
  if (v && typeof v === 'object' && Array.isArray((v as { items?: unknown }).items)) return (v as { items: unknown[] }).items.length;
  if (v && typeof v === 'object' && Array.isArray((v as { history?: unknown }).history)) return (v as { history: unknown[] }).history.length;
  return null;
}

/** The unsealed readable summary: who, when, by whom, and what each section of the bundle holds. */
export async function renderSummaryPdf(s: SummaryInput, locale: PortabilityLocale): Promise<PDFDocument> {
  const t = PORTABILITY_CATALOGUE[locale];
  const f = await PdfFlow.create({ title: t.title, locale, creator: s.issuer });
  const { bold } = f;
  const line = f.line.bind(f);
  const day = todayRome(s.exportedAt);
  line(s.issuer, bold, 11);
  f.space(8);
  line(t.title, bold, 16, 8);
  line(fill(t.intro, { issuer: s.issuer }));
  f.space(8);
  line(t.person, bold, 12, 6);
  line(`${t.name}: ${s.person.givenName} ${s.person.familyName}`);
  line(`${t.fiscalCode}: ${s.person.fiscalCode}`);
  line(`${t.exportedAt}: ${locale === 'it' ? italianDate(day) : day}`);
  line(`${t.exportId}: ${s.exportId}`);
  const status = (s.sections['did'] as { employmentStatus?: { status?: string } } | null)?.employmentStatus?.status;
  if (status) line(`${t.status}: ${t.value[status] ?? status}`);
  f.space(8);
  line(t.contents, bold, 12, 6);
  for (const key of DOSSIER_SECTIONS) {
    const v = s.sections[key];
    const n = countOf(v);
    line(`${t.section[key]}: ${n === 1 ? t.countOne : n !== null ? fill(t.count, { n }) : v ? t.present : t.absent}`);
  }
  f.pageNumbers((n, total) => fill(t.page, { n, total }));
  return f.doc;
}
