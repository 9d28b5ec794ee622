import { Injectable } from '@nestjs/common';
import { createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { ErrorCode, isSpidUserErrorCode, spidLevelFromUri, type IdentityProviderKind, type SpidLevel } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { DomainError } from '../../../platform/errors/domain-error';
import { SIG_ALG_RSA_SHA256 } from '../saml/authn-request';
import { SpCredentials } from '../saml/sp-credentials';
import { acsUrl } from '../saml/sp-urls';
import { certBody, escapeXml, nodes, parseXml, text } from '../saml/xml';
import { DEV_IDENTITIES, type DevIdentity } from './dev-identities';
import { buildSamlResponse } from './saml-response.builder';
import { devIdpEntityId, devIdpSsoUrl } from './dev-idp.urls';

export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  level: SpidLevel;
  forceAuthn: boolean;
  /** the raw, still-encoded query parameters, carried through the identity page to the answer */
  raw: { SAMLRequest: string; RelayState: string; SigAlg: string; Signature: string };
}

/** Raw `name=value` pairs of a query string, without decoding (the signature covers the encoded bytes). */
export function rawQueryParams(originalUrl: string): Map<string, string> {
  const q = originalUrl.includes('?') ? originalUrl.slice(originalUrl.indexOf('?') + 1) : '';
  const out = new Map<string, string>();
  for (const part of q.split('&')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 1));
  }
  return out;
}

/**
 * The development identity provider: a real SAML 2.0 IdP (signed AuthnRequest checked against the SP
 * certificate, signed Response and Assertion) with a fixed list of test identities. Only wired when
 * DEV_IDP=true, which the configuration refuses in production.
 */
@Injectable()
export class DevIdpService {
  private readonly privateKey: string;
  private readonly certificate: string;

  constructor(private readonly env: Env, private readonly sp: SpCredentials) {
    this.privateKey = readFileSync(env.DEV_IDP_PRIVATE_KEY_PATH as string, 'utf8');
    this.certificate = readFileSync(env.DEV_IDP_CERT_PATH as string, 'utf8');
  }

  identities(): readonly DevIdentity[] {
    return DEV_IDENTITIES;
  }

  parseRequest(raw: { SAMLRequest?: string; RelayState?: string; SigAlg?: string; Signature?: string }): ParsedAuthnRequest {
    const bad = (why: string): never => {
      throw new DomainError(ErrorCode.DEV_IDP_REQUEST_INVALID, why);
    };
    if (!raw.SAMLRequest || !raw.SigAlg || !raw.Signature) return bad('SAMLRequest, SigAlg and Signature are required (signed HTTP-Redirect binding)');
    if (decodeURIComponent(raw.SigAlg) !== SIG_ALG_RSA_SHA256) return bad('SigAlg must be RSA-SHA256');
    const signed = `SAMLRequest=${raw.SAMLRequest}${raw.RelayState !== undefined ? `&RelayState=${raw.RelayState}` : ''}&SigAlg=${raw.SigAlg}`;
    const ok = createVerify('RSA-SHA256').update(signed).verify(this.sp.certificate, decodeURIComponent(raw.Signature), 'base64');
    if (!ok) return bad('the AuthnRequest signature does not verify with the SP certificate');
    let doc: Document;
    try {
      doc = parseXml(inflateRawSync(Buffer.from(decodeURIComponent(raw.SAMLRequest), 'base64')).toString('utf8'));
    } catch {
      return bad('SAMLRequest is not a deflated, base64-encoded XML document');
    }
    const root = doc.documentElement;
    if (root.localName !== 'AuthnRequest') return bad('not an AuthnRequest');
    const issuer = text("/*/*[local-name()='Issuer']", doc) ?? '';
    if (issuer !== this.env.SP_ENTITY_ID) return bad(`unknown service provider ${issuer}`);
    const level = spidLevelFromUri(text("//*[local-name()='AuthnContextClassRef']", doc) ?? '');
    if (!level) return bad('RequestedAuthnContext must ask for SpidL1, SpidL2 or SpidL3');
    if (root.getAttribute('IsPassive')) return bad('IsPassive must not be present');
    if (nodes("/*/*[local-name()='NameIDPolicy'][@Format='urn:oasis:names:tc:SAML:2.0:nameid-format:transient']", doc).length !== 1) {
      return bad('NameIDPolicy must be transient');
    }
    return {
      id: root.getAttribute('ID') ?? bad('the request has no ID'),
      issuer, level, forceAuthn: root.getAttribute('ForceAuthn') === 'true',
      raw: { SAMLRequest: raw.SAMLRequest, RelayState: raw.RelayState ?? '', SigAlg: raw.SigAlg, Signature: raw.Signature },
    };
  }

  /** The auto-posting answer for the chosen identity (or the chosen SPID error). */
  respond(kind: IdentityProviderKind, req: ParsedAuthnRequest, choice: { fiscalCode?: string; level?: SpidLevel; error?: string }): { acs: string; samlResponse: string; relayState: string } {
    const acs = acsUrl(this.env, kind);
    const common = {
      idpEntityId: devIdpEntityId(this.env, kind), audience: this.env.SP_ENTITY_ID, destination: acs, inResponseTo: req.id,
      privateKey: this.privateKey, certificate: this.certificate,
    };
    let xml: string;
    if (choice.error) {
      if (!isSpidUserErrorCode(choice.error)) throw new DomainError(ErrorCode.DEV_IDP_REQUEST_INVALID, 'unknown error code');
      xml = buildSamlResponse({ ...common, level: req.level, attributes: {}, errorCode: choice.error });
    } else {
      const who = DEV_IDENTITIES.find((i) => i.fiscalCode === choice.fiscalCode);
      if (!who) throw new DomainError(ErrorCode.DEV_IDP_REQUEST_INVALID, 'unknown test identity');
      const attributes: Record<string, string> =
        kind === 'cie'
          ? { fiscalNumber: `TINIT-${who.fiscalCode}`, name: who.givenName, familyName: who.familyName, dateOfBirth: who.birthDate }
          : {
              spidCode: `OPEN${who.fiscalCode.slice(0, 10)}`, fiscalNumber: `TINIT-${who.fiscalCode}`, name: who.givenName,
              familyName: who.familyName, dateOfBirth: who.birthDate, gender: who.gender, placeOfBirth: who.birthPlaceCode,
              email: who.email, mobilePhone: who.mobilePhone.replace('+39', ''),
            };
      xml = buildSamlResponse({ ...common, level: choice.level ?? req.level, attributes });
    }
    return { acs, samlResponse: Buffer.from(xml, 'utf8').toString('base64'), relayState: decodeURIComponent(req.raw.RelayState) };
  }

  metadata(kind: IdentityProviderKind): string {
    return (
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(devIdpEntityId(this.env, kind))}">` +
      `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">` +
      `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(this.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
      `<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>` +
      `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(devIdpSsoUrl(this.env, kind))}"/>` +
      `</md:IDPSSODescriptor>` +
      `<md:Organization><md:OrganizationName xml:lang="it">OpenCPI development IdP</md:OrganizationName>` +
      `<md:OrganizationDisplayName xml:lang="it">OpenCPI Test IdP (sviluppo)</md:OrganizationDisplayName>` +
      `<md:OrganizationURL xml:lang="it">${escapeXml(this.env.PUBLIC_API_URL)}</md:OrganizationURL></md:Organization>` +
      `</md:EntityDescriptor>`
    );
  }
}
