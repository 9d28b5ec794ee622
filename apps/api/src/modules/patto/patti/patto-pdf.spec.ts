import { PDFDocument } from 'pdf-lib';
import type { PattoSignatureResponse } from '@opencpi/contracts';
import { drawnText } from '../../../platform/pdf/pdf-extract.test-kit';
import { renderPattoPdf } from './patto-pdf';

const sha = 'a'.repeat(64);
const signature: PattoSignatureResponse = {
  party: 'citizen',
  signerName: 'Mario Rossi',
  signerFiscalCode: 'RSSMRA85T10L219G',
  method: 'otp_remote',
  documentSha256: sha,
  signedAt: '2026-11-30T10:00:00.000Z',
  spidLevel: 2,
  otpChannel: 'email',
  otpVerifiedAt: '2026-11-30T10:00:00.000Z',
};

describe('the patto PDF', () => {
  it("frames the Italian text of record with a title and signature page in the person's language", async () => {
    const it = await PDFDocument.load(await renderPattoPdf('it', 2, 'PATTO DI SERVIZIO PERSONALIZZATO – versione 2', sha, [signature], ['operator']));
    expect(it.getTitle()).toBe('Patto di servizio personalizzato – versione 2');
    expect(it.getSubject()).toBe(`SHA-256 ${sha}`);
    expect(it.getPageCount()).toBe(2);
    const en = await PDFDocument.load(await renderPattoPdf('en', 2, 'PATTO DI SERVIZIO PERSONALIZZATO – versione 2', sha, [signature], ['operator']));
    expect(en.getTitle()).toBe('Personalised service agreement (patto di servizio) – version 2');
    expect(en.getPageCount()).toBe(2);
  });

  it('frames the Italian text in Romanian, Ukrainian and Arabic, saying that the Italian text is binding', async () => {
    const body = 'PATTO DI SERVIZIO PERSONALIZZATO – versione 2';
    const ro = await drawnText(await renderPattoPdf('ro', 2, body, sha, [signature], ['operator']));
    expect(ro).toContain('Pagina semnăturilor');
    expect(ro).toContain('textul italian este cel cu valoare juridică');
    expect(ro).toContain(body);
    const uk = await drawnText(await renderPattoPdf('uk', 2, body, sha, [signature], ['operator']));
    expect(uk).toContain('Сторінка підписів');
    expect(uk).toContain('юридичну силу має італійський текст');
    const ar = await drawnText(await renderPattoPdf('ar', 2, body, sha, [signature], ['operator']));
    expect(ar).toContain('صفحة التوقيعات');
    expect(ar).toContain('النص الإيطالي هو النص المعتمد قانونيًا');
    expect(ar).toContain(body);
    expect(ar).toContain('Mario Rossi');
  });
});
