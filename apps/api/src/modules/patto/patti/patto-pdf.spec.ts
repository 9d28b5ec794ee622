import { PDFDocument } from 'pdf-lib';
import type { PattoSignatureResponse } from '@opencpi/contracts';
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
});
