import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import type { SealBundle } from './seal-credentials';

export interface SealOptions {
  /** why the body seals it (the signature dictionary's /Reason) */
  reason: string;
  location: string;
  contactInfo: string;
  signingTime?: Date;
}

/**
 * Seals a pdf-lib document with the body's seal: a signature field with an ETSI.CAdES.detached (PAdES baseline B)
 * CMS signature over the whole file, made by @signpdf (no hand-written CMS). Any PDF reader (or `pdfsig`) shows it
 * as signed and unchanged; a changed byte breaks it. Modules (certificates, badges, dossier export) call this last,
 * after drawing every page.
 */
export async function sealPdf(doc: PDFDocument, seal: SealBundle, opts: SealOptions): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: pdfTextString(opts.reason),
    location: opts.location,
    contactInfo: opts.contactInfo,
    name: seal.subject,
    signingTime: opts.signingTime ?? new Date(),
    subFilter: 'ETSI.CAdES.detached', // SUBFILTER_ETSI_CADES_DETACHED of @signpdf/utils
    signatureLength: 16384,
    appName: 'OpenCPI',
  });
  // no object streams: the placeholder's byte range must stay findable in the saved file
  const unsigned = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signer = new P12Signer(seal.p12, { passphrase: seal.passphrase });
  return new SignPdf().sign(unsigned, signer, opts.signingTime ?? new Date());
}

/**
 * `text` as the bytes of a PDF literal text string: as it is when PDFDocEncoding (≈ Latin-1) can hold it, else UTF-16BE
 * with its byte order mark (the seal's reason in Arabic or Ukrainian), with `(`, `)` and `\` escaped, as @signpdf
 * writes the string as given.
 */
const ESCAPES: Record<number, string> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7E\xA0-\xFF]*$/.test(text)) return text;
  let out = '\xFE\xFF';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (const byte of [code >> 8, code & 0xff]) out += ESCAPES[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/** sha256 (hex) of a file's bytes: what a certificate record keeps to recognise its PDF. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
