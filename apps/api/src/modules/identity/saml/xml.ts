import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

export const NS = {
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  spid: 'https://spid.gov.it/saml-extensions',
  cie: 'https://www.cartaidentita.interno.gov.it/saml-extensions',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export const select = xpath.useNamespaces(NS);

/** Parses XML, refusing documents with a DOCTYPE (XXE / entity expansion). */
export function parseXml(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('DOCTYPE not allowed');
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0 || !doc?.documentElement) throw new Error(`malformed XML: ${errors[0] ?? 'empty'}`);
  return doc as unknown as Document;
}

export function nodes(expr: string, ctx: Node): Element[] {
  return select(expr, ctx as never) as unknown as Element[];
}
export function text(expr: string, ctx: Node): string | null {
  const r = select(`string(${expr})`, ctx as never) as unknown as string;
  return r === '' ? null : r;
}

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** PEM certificate → base64 body on one line (as in ds:X509Certificate). */
export const certBody = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
export const toPem = (body: string): string =>
  `-----BEGIN CERTIFICATE-----\n${body
    .replace(/\s+/g, '')
    .replace(/(.{64})/g, '$1\n')
    .trim()}\n-----END CERTIFICATE-----\n`;
