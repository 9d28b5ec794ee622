import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PattoSignatureResponse } from '@opencpi/contracts';

/** Helvetica (WinAnsi) cannot draw every character: keep Latin-1 and common punctuation, replace the rest. */
const printable = (s: string) => s.replace(/\u2212/g, '-').replace(/[^\x20-\x7E\xA0-\xFF\u2013\u2014\u2018\u2019\u201C\u201D\u20AC\u2022\u2026]/g, '?');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of printable(text).split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) { out.push(line); line = word; } else line = next;
    }
    out.push(line);
  }
  return out;
}

const PARTY: Record<string, string> = { citizen: 'Persona', operator: "Centro per l'Impiego", agency: 'Agenzia per il lavoro' };
const METHOD: Record<string, string> = { otp_remote: 'Firma remota con codice monouso', session: 'Firma nella sessione SPID/CIE', in_person_scan: 'Firma autografa di persona (copia scansionata)' };

/**
 * The patto as a PDF: its full text, then a signature page listing each party's evidence (hash, session, SPID level,
 * code verification time, IP, user agent). Its metadata repeat the document hash.
 */
export async function renderPattoPdf(title: string, fullText: string, sha256: string, signatures: PattoSignatureResponse[], missing: string[]): Promise<Buffer> {
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
    for (const line of wrap(text, f, size, width)) {
      if (y < margin + size) { page = pdf.addPage([595, 842]); y = 842 - margin; }
      page.drawText(line, { x: margin, y, size, font: f, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
  };
  write(title, bold, 14);
  y -= 6;
  write(fullText);
  page = pdf.addPage([595, 842]);
  y = 842 - margin;
  write('Pagina delle firme', bold, 14);
  write(`Impronta SHA-256 del testo firmato: ${sha256}`, font, 9);
  y -= 8;
  for (const s of signatures) {
    write(`${PARTY[s.party] ?? s.party}: ${s.signerName} (${s.signerFiscalCode})`, bold, 11);
    write(`Modalità: ${METHOD[s.method] ?? s.method}`);
    write(`Firmato il: ${s.signedAt}`);
    if (s.spidLevel) write(`Livello SPID/CIE della sessione: ${s.spidLevel}`);
    if (s.otpChannel) write(`Codice monouso inviato via ${s.otpChannel}, verificato il ${s.otpVerifiedAt ?? ''}`);
    if (s.ip) write(`Indirizzo IP: ${s.ip}`);
    if (s.userAgent) write(`Programma (user agent): ${s.userAgent}`, font, 8);
    if (s.scanDocumentId) write(`Copia firmata: documento ${s.scanDocumentId} nell'area riservata`);
    write(`Impronta del documento firmato: ${s.documentSha256}`, font, 8);
    y -= 8;
  }
  if (missing.length > 0) write(`In attesa della firma di: ${missing.map((p) => PARTY[p] ?? p).join(', ')}`, bold, 11);
  return Buffer.from(await pdf.save());
}
