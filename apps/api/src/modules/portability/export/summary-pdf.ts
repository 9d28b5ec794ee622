import { DOSSIER_SECTIONS } from '@opencpi/contracts';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, wrapText } from '../../../platform/pdf/pdf-text';
import { italianDate, todayRome } from '../../../platform/time/rome-time';
import { fill, PORTABILITY_CATALOGUE, type PortabilityLocale } from '../i18n/portability-catalogue';

const W = 595;
const H = 842;
const M = 50;

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
  const doc = await PDFDocument.create();
  doc.setTitle(t.title);
  doc.setLanguage(locale === 'it' ? 'it-IT' : 'en-GB');
  doc.setProducer('OpenCPI');
  doc.setCreator(s.issuer);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([W, H]);
    pages.push(page);
    y = H - M;
  };
  const line = (text: string, f: PDFFont = font, size = 10, gap = 4) => {
    for (const l of wrapText(text, f, size, W - 2 * M)) {
      if (y < 70) newPage();
      page.drawText(l, { x: M, y, size, font: f });
      y -= size + gap;
    }
  };
  const day = todayRome(s.exportedAt);
  newPage();
  line(s.issuer, bold, 11);
  y -= 8;
  line(t.title, bold, 16, 8);
  line(fill(t.intro, { issuer: s.issuer }));
  y -= 8;
  line(t.person, bold, 12, 6);
  line(`${t.name}: ${s.person.givenName} ${s.person.familyName}`);
  line(`${t.fiscalCode}: ${s.person.fiscalCode}`);
  line(`${t.exportedAt}: ${locale === 'it' ? italianDate(day) : day}`);
  line(`${t.exportId}: ${s.exportId}`);
  const status = (s.sections['did'] as { employmentStatus?: { status?: string } } | null)?.employmentStatus?.status;
  if (status) line(`${t.status}: ${t.value[status] ?? status}`);
  y -= 8;
  line(t.contents, bold, 12, 6);
  for (const key of DOSSIER_SECTIONS) {
    const v = s.sections[key];
    const n = countOf(v);
    line(`${t.section[key]}: ${n === 1 ? t.countOne : n !== null ? fill(t.count, { n }) : v ? t.present : t.absent}`);
  }
  for (const [i, p] of pages.entries()) p.drawText(printable(fill(t.page, { n: i + 1, total: pages.length })), { x: M, y: 30, size: 8, font });
  return doc;
}
