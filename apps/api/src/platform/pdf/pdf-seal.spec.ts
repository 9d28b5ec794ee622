import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PdfFlow } from './pdf-flow';
import { pdfTextString, sealPdf, sha256Hex } from './pdf-seal';
import { pdfsig } from './pdf-seal.test-kit';
import { generateDevelopmentSeal } from './seal-credentials';

describe('sealPdf', () => {
  const seal = generateDevelopmentSeal('Test seal');

  async function sealed(): Promise<Buffer> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('Attestazione di prova', { x: 50, y: 780, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    return sealPdf(doc, seal, { reason: 'Certificato', location: 'Torino', contactInfo: 'test@example.it' });
  }

  it('makes a signature pdfsig reports as valid over an unchanged document', async () => {
    const out = pdfsig(await sealed());
    expect(out).toMatch(/Signature Validation: Signature is Valid/);
    expect(out).toMatch(/Signer full Distinguished Name: .*CN=Test seal/);
    expect(out).toMatch(/ETSI\.CAdES\.detached|PAdES/);
    expect(out).not.toMatch(/modified|not signed/i);
  }, 30_000);

  it('fails once one byte inside the signed range changes', async () => {
    const bytes = await sealed();
    const at = bytes.indexOf('(Certificato)') + 1; // the /Reason string, inside the first signed range
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(bytes);
    tampered[at] = 'X'.charCodeAt(0);
    expect(sha256Hex(tampered)).not.toBe(sha256Hex(bytes));
    const out = pdfsig(tampered);
    expect(out).not.toMatch(/Signature Validation: Signature is Valid/);
    expect(out).toMatch(/Signature Validation: Digest Mismatch/);
  }, 30_000);

  it('seals a document in Arabic with embedded fonts and a reason in Arabic, and it still verifies', async () => {
    const f = await PdfFlow.create({ title: 'شهادة', locale: 'ar', creator: 'Regione Piemonte' });
    f.line('الاسم: Mario Rossi (RSSMRA85T10L219G)');
    const out = pdfsig(await sealPdf(f.doc, seal, { reason: 'شهادة صادرة عن Regione Piemonte', location: 'Torino', contactInfo: 'test@example.it' }));
    expect(out).toMatch(/Signature Validation: Signature is Valid/);
    expect(out).not.toMatch(/modified|not signed/i);
  }, 30_000);

  it('writes a reason outside Latin-1 as UTF-16BE with a byte order mark, escaping parentheses', () => {
    expect(pdfTextString('Certificato rilasciato')).toBe('Certificato rilasciato');
    // ب is U+0628: its low byte is "(" and must be escaped inside a literal string
    expect(pdfTextString('ب')).toBe('\xFE\xFF\x06\\(');
    expect(pdfTextString('Довідка').startsWith('\xFE\xFF\x04')).toBe(true);
  });
});
