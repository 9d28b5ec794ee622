import { randomBytes } from 'node:crypto';
import { spidLevelUri, type IdentityProviderKind, type SpidLevel } from '@opencpi/contracts';
import { signedRedirectUrl } from './redirect-binding';
import { escapeXml } from './xml';

export { SIG_ALG_RSA_SHA256 } from './redirect-binding';

export interface AuthnRequestInput {
  id: string;
  issueInstant: Date;
  spEntityId: string;
  destination: string;
  level: SpidLevel;
  kind: IdentityProviderKind;
  /** index of the AttributeConsumingService in our metadata */
  attributeConsumingServiceIndex: number;
  /** index of the AssertionConsumerService in our metadata (eIDAS answers go to their own ACS) */
  assertionConsumerServiceIndex?: number;
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
    ` AssertionConsumerServiceIndex="${r.assertionConsumerServiceIndex ?? 0}" AttributeConsumingServiceIndex="${r.attributeConsumingServiceIndex}">` +
    `<saml:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity" NameQualifier="${escapeXml(r.spEntityId)}">${escapeXml(r.spEntityId)}</saml:Issuer>` +
    `<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>` +
    `<samlp:RequestedAuthnContext Comparison="minimum"><saml:AuthnContextClassRef>${spidLevelUri(r.level)}</saml:AuthnContextClassRef></samlp:RequestedAuthnContext>` +
    `</samlp:AuthnRequest>`
  );
}

/** The AuthnRequest as a signed HTTP-Redirect URL. */
export function redirectUrl(ssoUrl: string, xml: string, relayState: string, privateKeyPem: string): string {
  return signedRedirectUrl(ssoUrl, 'SAMLRequest', xml, relayState, privateKeyPem);
}
