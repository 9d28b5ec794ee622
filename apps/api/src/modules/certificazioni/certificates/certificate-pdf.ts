import { rgb, type PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { A4, PdfFlow } from '../../../platform/pdf/pdf-flow';
import { italianDate } from '../../../platform/time/rome-time';
import type { CertificateSnapshot, SnapshotRow } from '../domain/certificate-snapshot';
import { CERTIFICAZIONI_CATALOGUE, fill, type CertificateLocale } from '../i18n/certificazioni-catalogue';

const M = A4.margin;
const W = A4.width;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * An unsealed certificate: title, holder, sections, and on every page the code, the verification URL and its QR code.
 * Written in `locale` (Arabic right to left); the texts recorded in Italian (the patto's text of record) stay Italian.
 */
export async function renderCertificatePdf(s: CertificateSnapshot, locale: CertificateLocale, issuedOn: string, groupedCode: string, verifyUrl: string): Promise<PDFDocument> {
  const t = CERTIFICAZIONI_CATALOGUE[locale];
  const f = await PdfFlow.create({ title: t.title[s.kind], locale, creator: s.issuer }, { bottom: 150 });
  const { font, bold } = f;
  const line = f.line.bind(f);
  const qr = await f.doc.embedPng(await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 }));
  const date = (v: string) => (isDate(v) ? (locale === 'it' ? italianDate(v) : v) : v);
  const valueOf = (r: SnapshotRow) => (r.code ? ((t.value as Record<string, string>)[r.value] ?? r.value) : date(r.value));

  line(s.issuer, bold, 11);
  f.space(8);
  line(t.title[s.kind], bold, 16, 8);
  line(fill(t.intro[s.kind], { date: date(s.atDate ?? issuedOn) }));
  f.space(6);
  line(t.section.holder, bold, 12, 6);
  line(`${t.label.name}: ${s.holder.name}`);
  line(`${t.label.fiscalCode}: ${s.holder.fiscalCode}`);
  for (const sec of s.sections) {
    f.space(8);
    line(t.section[sec.key], bold, 12, 6);
    if (sec.rows.length === 0 && !sec.text) line(t.empty);
    for (const r of sec.rows) line(`${t.label[r.label]}: ${valueOf(r)}`);
    // free text recorded in Italian (the patto's text of record) reads left to right in every document
    if (sec.text) line(sec.text, font, 9, 3, { dir: 'ltr' });
  }
  f.space(8);
  line(fill(t.issuedBy, { issuer: s.issuer, date: date(issuedOn) }));
  // the QR code sits on the reading side's far end: right in left-to-right documents, left in Arabic ones
  const rtl = f.dir === 'rtl';
  const textX = rtl ? M + 100 : M;
  for (const [i, p] of f.pages.entries()) {
    p.drawLine({ start: { x: M, y: 120 }, end: { x: W - M, y: 120 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    p.drawImage(qr, { x: rtl ? M : W - M - 90, y: 22, width: 90, height: 90 });
    f.textAt(p, fill(t.code, { code: groupedCode }), { x: textX, y: 100, width: W - 2 * M - 100, size: 11, face: bold });
    f.textAt(p, fill(t.verify, { url: verifyUrl }), { x: textX, y: 84, width: W - 2 * M - 100, size: 8, leading: 10 });
    f.textAt(p, fill(t.page, { n: i + 1, total: f.pages.length }), { x: textX, y: 24, width: W - 2 * M - 100, size: 8 });
  }
  return f.doc;
}
