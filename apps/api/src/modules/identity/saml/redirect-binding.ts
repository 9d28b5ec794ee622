import { createSign, createVerify } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { parseXml } from './xml';

export const SIG_ALG_RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
export type RedirectParam = 'SAMLRequest' | 'SAMLResponse';

/** HTTP-Redirect binding (SAML bindings §3.4.4.1): DEFLATE, base64, and an RSA-SHA256 signature of the query. */
export function signedRedirectUrl(target: string, param: RedirectParam, xml: string, relayState: string | undefined, privateKeyPem: string): string {
  const query =
    `${param}=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}` +
    (relayState !== undefined ? `&RelayState=${encodeURIComponent(relayState)}` : '') +
    `&SigAlg=${encodeURIComponent(SIG_ALG_RSA_SHA256)}`;
  const signature = createSign('RSA-SHA256').update(query).sign(privateKeyPem, 'base64');
  return `${target}${target.includes('?') ? '&' : '?'}${query}&Signature=${encodeURIComponent(signature)}`;
}

/** Raw `name=value` pairs of a query string, without decoding (the signature covers the encoded bytes). */
export function rawQueryParams(originalUrl: string): Map<string, string> {
  const q = originalUrl.includes('?') ? originalUrl.slice(originalUrl.indexOf('?') + 1) : '';
  const out = new Map<string, string>();
  for (const part of q.split('&')) {
    const i = part.indexOf('=');
    if (i > 0 && !out.has(part.slice(0, i))) out.set(part.slice(0, i), part.slice(i + 1));
  }
  return out;
}

export interface RedirectMessage {
  param: RedirectParam;
  doc: Document;
  relayState: string | undefined;
  /** checks the query signature against one of these certificates (PEM); false when unsigned */
  signedBy(certs: readonly string[]): boolean;
}

/**
 * Decodes a SAMLRequest or SAMLResponse received with the HTTP-Redirect binding. Throws on a malformed
 * message. The signature is checked separately (the certificate depends on the Issuer inside the message);
 * an unsigned message never verifies: node-saml's validateRedirectAsync accepts those, which is why
 * this binding is done here.
 */
export function readRedirect(originalUrl: string): RedirectMessage {
  const raw = rawQueryParams(originalUrl);
  const param: RedirectParam | undefined = raw.has('SAMLRequest') ? 'SAMLRequest' : raw.has('SAMLResponse') ? 'SAMLResponse' : undefined;
  if (!param || (raw.has('SAMLRequest') && raw.has('SAMLResponse'))) throw new Error('exactly one of SAMLRequest or SAMLResponse is required');
  const value = raw.get(param) as string;
  if (value.length > 40_000) throw new Error('message too large');
  const decode = (v: string) => decodeURIComponent(v.replace(/\+/g, ' '));
  const doc = parseXml(inflateRawSync(Buffer.from(decode(value), 'base64'), { maxOutputLength: 200_000 }).toString('utf8'));
  const relay = raw.get('RelayState');
  return {
    param,
    doc,
    relayState: relay !== undefined ? decode(relay) : undefined,
    signedBy(certs) {
      const sigAlg = raw.get('SigAlg');
      const signature = raw.get('Signature');
      if (!sigAlg || !signature || decode(sigAlg) !== SIG_ALG_RSA_SHA256) return false;
      const octets = `${param}=${value}${relay !== undefined ? `&RelayState=${relay}` : ''}&SigAlg=${sigAlg}`;
      return certs.some((cert) => {
        try {
          return createVerify('RSA-SHA256').update(octets).verify(cert, decode(signature), 'base64');
        } catch {
          return false;
        }
      });
    },
  };
}
