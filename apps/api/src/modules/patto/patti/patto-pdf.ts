import type { PattoSignatureResponse } from '@opencpi/contracts';
import { PdfFlow } from '../../../platform/pdf/pdf-flow';
import { fill, type PattoLocale } from '../i18n/patto-catalogue';
import { PATTO_PDF_CATALOGUE } from '../i18n/patto-pdf-catalogue';

/**
 * The patto as a PDF: its full text (the Italian text of record, whose hash the parties signed), then a signature page
 * listing each party's evidence (hash, session, SPID level, code verification time, IP, user agent). The title, a
 * notice that the Italian text is binding, and the signature page are in `locale` (Arabic right to left); the Italian
 * text reads left to right in every one. Its metadata repeat the document hash.
 */
export async function renderPattoPdf(
  locale: PattoLocale,
  version: number,
  fullText: string,
  sha256: string,
  signatures: PattoSignatureResponse[],
  missing: string[],
): Promise<Buffer> {
  const c = PATTO_PDF_CATALOGUE[locale];
  const party = (p: string) => c.parties[p] ?? p;
  const title = fill(c.title, { version });
  const f = await PdfFlow.create({ title, locale, creator: 'OpenCPI', subject: `SHA-256 ${sha256}` }, { bottom: 60 });
  const { font, bold } = f;
  const write = (text: string, face = font, size = 10, dir = f.dir) => f.line(text, face, size, 0, { leading: 1.4, dir });
  write(title, bold, 14);
  if (c.notice) write(c.notice, font, 9);
  f.space(6);
  write(fullText, font, 10, 'ltr');
  f.newPage();
  write(c.signaturePage, bold, 14);
  write(fill(c.documentHash, { sha256 }), font, 9);
  f.space(8);
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
    f.space(8);
  }
  if (missing.length > 0) write(fill(c.missing, { parties: missing.map(party).join(', ') }), bold, 11);
  return Buffer.from(await f.doc.save());
}
