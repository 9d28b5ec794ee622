import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';
import { printable, wrapText } from '../../../platform/pdf/pdf-text';
import type { PattoSignatureResponse } from '@opencpi/contracts';
import { fill, PATTO_CATALOGUE, type PattoLocale } from '../i18n/patto-catalogue';

/**
 * The patto as a PDF: its full text (the Italian text of record, whose hash the parties signed), then a signature page
 * listing each party's evidence (hash, session, SPID level, code verification time, IP, user agent). The title and the
 * signature page are in `locale` (server catalogue). Its metadata repeat the document hash.
 */
export async function renderPattoPdf(
  locale: PattoLocale,
  version: number,
  fullText: string,
  sha256: string,
  signatures: PattoSignatureResponse[],
  missing: string[],
): Promise<Buffer> {
  const c = PATTO_CATALOGUE[locale].pdf;
  const party = (p: string) => c.parties[p] ?? p;
  const title = fill(c.title, { version });
  const pdf = await PDFDocument.create();
  pdf.setTitle(printable(title));
  pdf.setSubject(`SHA-256 ${sha256}`);
  pdf.setProducer('OpenCPI');
  pdf.setLanguage('it-IT');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 50;
  let page: PDFPage = pdf.addPage([595, 842]);
  let y = 842 - margin;
  const width = 595 - margin * 2;
  const write = (text: string, f = font, size = 10) => {
    for (const line of wrapText(text, f, size, width)) {
      if (y < margin + size) {
        page = pdf.addPage([595, 842]);
        y = 842 - margin;
      }
      page.drawText(line, { x: margin, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
  };
  write(title, bold, 14);
  y -= 6;
  write(fullText);
  page = pdf.addPage([595, 842]);
  y = 842 - margin;
  write(c.signaturePage, bold, 14);
  write(fill(c.documentHash, { sha256 }), font, 9);
  y -= 8;
  for (const s of signatures) {
    write(fill(c.party, { party: party(s.party), name: s.signerName, fiscalCode: s.signerFiscalCode }), bold, 11);
    write(fill(c.method, { method: c.methods[s.method] ?? s.method }));
    write(fill(c.signedAt, { at: s.signedAt }));
    if (s.spidLevel) write(fill(c.spidLevel, { level: s.spidLevel }));
    if (s.otpChannel) write(fill(c.otp, { channel: s.otpChannel, at: s.otpVerifiedAt ?? '' }));
    if (s.ip) write(fill(c.ip, { ip: s.ip }));
    if (s.userAgent) write(fill(c.userAgent, { userAgent: s.userAgent }), font, 8);
    if (s.scanDocumentId) write(fill(c.scan, { documentId: s.scanDocumentId }));
    write(fill(c.signedHash, { sha256: s.documentSha256 }), font, 8);
    y -= 8;
  }
  if (missing.length > 0) write(fill(c.missing, { parties: missing.map(party).join(', ') }), bold, 11);
  return Buffer.from(await pdf.save());
}
