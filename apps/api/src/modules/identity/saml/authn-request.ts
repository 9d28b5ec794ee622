import { createSign, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { spidLevelUri, type IdentityProviderKind, type SpidLevel } from '@opencpi/contracts';
import { escapeXml } from './xml';

export const SIG_ALG_RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

export interface AuthnRequestInput {
  id: string;
  issueInstant: Date;
  spEntityId: string;
  destination: string;
  level: SpidLevel;
  kind: IdentityProviderKind;
  /** index of the AttributeConsumingService in our metadata */
  attributeConsumingServiceIndex: number;
}

export const newSamlId = (): string => `_${randomBytes(16).toString('hex')}`;

/**
 * The AuthnRequest as AgID's technical rules want it: Issuer with Format entity and NameQualifier,
 * AssertionConsumerServiceIndex and AttributeConsumingServiceIndex, transient NameIDPolicy, no IsPassive,
 * ForceAuthn for SpidL2/L3 (always for CIE), RequestedAuthnContext minimum.
 */
export function buildAuthnRequestXml(r: AuthnRequestInput): string {
  const forceAuthn = r.kind === 'cie' || r.level >= 2;
  return (
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${r.id}" Version="2.0" IssueInstant="${r.issueInstant.toISOString()}" Destination="${escapeXml(r.destination)}"` +
    (forceAuthn ? ` ForceAuthn="true"` : '') +
    ` AssertionConsumerServiceIndex="0" AttributeConsumingServiceIndex="${r.attributeConsumingServiceIndex}">` +
    `<saml:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity" NameQualifier="${escapeXml(r.spEntityId)}">${escapeXml(r.spEntityId)}</saml:Issuer>` +
    `<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>` +
    `<samlp:RequestedAuthnContext Comparison="minimum"><saml:AuthnContextClassRef>${spidLevelUri(r.level)}</saml:AuthnContextClassRef></samlp:RequestedAuthnContext>` +
    `</samlp:AuthnRequest>`
  );
}

/** HTTP-Redirect binding (SAML bindings §3.4.4.1): DEFLATE, base64, and an RSA-SHA256 signature of the query. */
export function redirectUrl(ssoUrl: string, xml: string, relayState: string, privateKeyPem: string): string {
  const query =
    `SAMLRequest=${encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'))}` +
    `&RelayState=${encodeURIComponent(relayState)}` +
    `&SigAlg=${encodeURIComponent(SIG_ALG_RSA_SHA256)}`;
  const signature = createSign('RSA-SHA256').update(query).sign(privateKeyPem, 'base64');
  return `${ssoUrl}${ssoUrl.includes('?') ? '&' : '?'}${query}&Signature=${encodeURIComponent(signature)}`;
}
