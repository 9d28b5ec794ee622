import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { printable, wrapText } from '../../../platform/pdf/pdf-text';
import { italianDate } from '../../../platform/time/rome-time';
import type { CertificateSnapshot, SnapshotRow } from '../domain/certificate-snapshot';
import { CERTIFICAZIONI_CATALOGUE, fill, type CertificateLocale } from '../i18n/certificazioni-catalogue';

const W = 595;
const H = 842;
const M = 50;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** An unsealed certificate: title, holder, sections, and on every page the code, the verification URL and its QR code. */
export async function renderCertificatePdf(s: CertificateSnapshot, locale: CertificateLocale, issuedOn: string, groupedCode: string, verifyUrl: string): Promise<PDFDocument> {
  const t = CERTIFICAZIONI_CATALOGUE[locale];
  const doc = await PDFDocument.create();
  doc.setTitle(t.title[s.kind]);
  doc.setLanguage(locale === 'it' ? 'it-IT' : 'en-GB');
  doc.setProducer('OpenCPI');
  doc.setCreator(s.issuer);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const qr = await doc.embedPng(await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 }));
  const date = (v: string) => (isDate(v) ? (locale === 'it' ? italianDate(v) : v) : v);
  const valueOf = (r: SnapshotRow) => (r.code ? ((t.value as Record<string, string>)[r.value] ?? r.value) : date(r.value));

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
      if (y < 150) newPage();
      page.drawText(l, { x: M, y, size, font: f });
      y -= size + gap;
    }
  };
  newPage();
  line(s.issuer, bold, 11);
  y -= 8;
  line(t.title[s.kind], bold, 16, 8);
  line(fill(t.intro[s.kind], { date: date(s.atDate ?? issuedOn) }));
  y -= 6;
  line(t.section.holder, bold, 12, 6);
  line(`${t.label.name}: ${s.holder.name}`);
  line(`${t.label.fiscalCode}: ${s.holder.fiscalCode}`);
  for (const sec of s.sections) {
    y -= 8;
    line(t.section[sec.key], bold, 12, 6);
    if (sec.rows.length === 0 && !sec.text) line(t.empty);
    for (const r of sec.rows) line(`${t.label[r.label]}: ${valueOf(r)}`);
    if (sec.text) line(sec.text, font, 9, 3);
  }
  y -= 8;
  line(fill(t.issuedBy, { issuer: s.issuer, date: date(issuedOn) }));
  for (const [i, p] of pages.entries()) {
    p.drawLine({ start: { x: M, y: 120 }, end: { x: W - M, y: 120 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    p.drawImage(qr, { x: W - M - 90, y: 22, width: 90, height: 90 });
    p.drawText(printable(fill(t.code, { code: groupedCode })), { x: M, y: 100, size: 11, font: bold });
    let fy = 84;
    for (const l of wrapText(fill(t.verify, { url: verifyUrl }), font, 8, W - 2 * M - 100)) {
      p.drawText(l, { x: M, y: fy, size: 8, font });
      fy -= 10;
    }
    p.drawText(printable(fill(t.page, { n: i + 1, total: pages.length })), { x: M, y: 24, size: 8, font });
  }
  return doc;
}
