import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { printable, wrapText } from '../../../platform/pdf/pdf-text';
import { italianDate } from '../../../platform/time/rome-time';
import { fill, IVC_CATALOGUE, type IvcLocale } from '../i18n/ivc-catalogue';
import type { OutputSnapshot } from './output-snapshot';

const W = 595;
const H = 842;
const M = 50;

/** An unsealed IVC output (documento di trasparenza, di validazione, certificato) from its snapshot. */
export async function renderIvcPdf(s: OutputSnapshot, locale: IvcLocale, issuedOn: string): Promise<PDFDocument> {
  const t = IVC_CATALOGUE[locale];
  const doc = await PDFDocument.create();
  doc.setTitle(t.title[s.kind]);
  doc.setLanguage(locale === 'it' ? 'it-IT' : 'en-GB');
  doc.setProducer('OpenCPI');
  doc.setCreator(s.issuer);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const date = (v: string) => (locale === 'it' ? italianDate(v) : v);
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
  const heading = (text: string) => {
    y -= 8;
    line(text, bold, 12, 6);
  };
  newPage();
  line(s.issuer, bold, 11);
  y -= 8;
  line(t.title[s.kind], bold, 16, 8);
  line(t.intro[s.kind]);
  if (s.qualification.sample) line(t.label.sample, bold, 9);
  heading(t.section.holder);
  line(`${t.label.name}: ${s.holder.name}`);
  line(`${t.label.fiscalCode}: ${s.holder.fiscalCode}`);
  heading(t.section.qualification);
  line(`${t.label.repertoire}: ${t.region[s.qualification.region] ?? s.qualification.region}`);
  line(`${t.label.code}: ${s.qualification.code}`);
  line(`${t.label.title}: ${s.qualification.title}`);
  line(`${t.label.eqf}: ${s.qualification.eqfLevel}`);
  if (s.qualification.adaRefs.length) line(`${t.label.ada}: ${s.qualification.adaRefs.join(', ')}`);
  if (s.guideName) line(`${t.label.guide}: ${s.guideName}`);
  if (s.assessorName) line(`${t.label.assessor}: ${s.assessorName}`);
  if (s.summary) {
    heading(t.section.summary);
    line(s.summary, font, 9, 3);
  }
  if (s.kind === 'transparency') {
    heading(t.section.evidence);
    if (s.evidence.length === 0) line(t.none);
    for (const e of s.evidence) line(`• ${t.evidenceKind[e.kind] ?? e.kind}: ${e.label}`);
  }
  if (s.exam) {
    heading(t.section.exam);
    line(`${t.label.examDate}: ${date(s.exam.date)}`);
    line(`${t.label.commission}: ${s.exam.commissionRef}`);
  }
  heading(s.kind === 'transparency' ? t.section.competences : s.kind === 'validation' ? t.section.validated : t.section.certified);
  if (s.competences.length === 0) line(t.none);
  for (const c of s.competences) line(`• ${c.code} - ${c.title}${c.adaRef ? ` (${c.adaRef})` : ''}`);
  y -= 8;
  line(fill(t.issuedBy, { issuer: s.issuer, date: date(issuedOn) }));
  for (const [i, p] of pages.entries()) {
    p.drawLine({ start: { x: M, y: 50 }, end: { x: W - M, y: 50 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    p.drawText(printable(fill(t.page, { n: i + 1, total: pages.length })), { x: M, y: 36, size: 8, font });
  }
  return doc;
}
