import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { ErrorCode, isSpidUserErrorCode, spidLevelFromUri, type IdentityProviderKind, type SpidLevel } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { DomainError } from '../../../platform/errors/domain-error';
import { newSamlId } from '../saml/authn-request';
import { buildLogoutRequestXml, buildLogoutResponseXml, parseLogoutRequest, parseLogoutResponse } from '../saml/logout-messages';
import { readRedirect, signedRedirectUrl } from '../saml/redirect-binding';
import { SpCredentials } from '../saml/sp-credentials';
import { acsUrl, sloUrl, spEntityId } from '../saml/sp-urls';
import { certBody, escapeXml, nodes, text } from '../saml/xml';
import { DEV_EIDAS_IDENTITIES, DEV_IDENTITIES, type DevIdentity } from './dev-identities';
import type { PickerEntry } from './dev-idp.page';
import { buildSamlResponse } from './saml-response.builder';
import { devIdpEntityId, devIdpSloUrl, devIdpSsoUrl } from './dev-idp.urls';

export { rawQueryParams } from '../saml/redirect-binding';

export interface ParsedAuthnRequest {
  id: string;
  issuer: string;
  level: SpidLevel;
  forceAuthn: boolean;
  /** the raw, still-encoded query parameters, carried through the identity page to the answer */
  raw: { SAMLRequest: string; RelayState: string; SigAlg: string; Signature: string };
}

interface IssuedSession {
  kind: IdentityProviderKind;
  nameId: string;
  sessionIndex: string;
  who: string;
}

/**
 * The development identity provider: a real SAML 2.0 IdP (signed AuthnRequest checked against the SP
 * certificate, signed Response and Assertion, signed single logout both ways) with a fixed list of test
 * identities, for SPID, CIE and eIDAS (FICEP). Only wired when DEV_IDP=true, which the configuration
 * refuses in production. The sessions it opened are remembered in memory (one process, development only).
 */
@Injectable()
export class DevIdpService {
  private readonly privateKey: string;
  private readonly certificate: string;
  private readonly issued = new Map<string, IssuedSession>();

  constructor(
    private readonly env: Env,
    private readonly sp: SpCredentials,
  ) {
    this.privateKey = readFileSync(env.DEV_IDP_PRIVATE_KEY_PATH as string, 'utf8');
    this.certificate = readFileSync(env.DEV_IDP_CERT_PATH as string, 'utf8');
  }

  identities(): readonly DevIdentity[] {
    return DEV_IDENTITIES;
  }

  /** What the identity page lists for an IdP: SPID/CIE people by codice fiscale, eIDAS people by PersonIdentifier. */
  pickerEntries(kind: IdentityProviderKind): PickerEntry[] {
    return kind === 'eidas'
      ? DEV_EIDAS_IDENTITIES.map((p) => ({ field: 'personIdentifier', value: p.personIdentifier, givenName: p.givenName, familyName: p.familyName, description: p.description }))
      : DEV_IDENTITIES.map((p) => ({ field: 'fiscalCode', value: p.fiscalCode, givenName: p.givenName, familyName: p.familyName, description: p.description }));
  }

  parseRequest(kind: IdentityProviderKind, raw: { SAMLRequest?: string; RelayState?: string; SigAlg?: string; Signature?: string }): ParsedAuthnRequest {
    if (!raw.SAMLRequest || !raw.SigAlg || !raw.Signature) return bad('SAMLRequest, SigAlg and Signature are required (signed HTTP-Redirect binding)');
    const query = `?SAMLRequest=${raw.SAMLRequest}${raw.RelayState !== undefined ? `&RelayState=${raw.RelayState}` : ''}&SigAlg=${raw.SigAlg}&Signature=${raw.Signature}`;
    let message: ReturnType<typeof readRedirect>;
    try {
      message = readRedirect(query);
    } catch {
      return bad('SAMLRequest is not a deflated, base64-encoded XML document');
    }
    if (!message.signedBy([this.sp.certificate])) return bad('the AuthnRequest signature does not verify with the SP certificate (RSA-SHA256)');
    const doc = message.doc;
    const root = doc.documentElement;
    if (root.localName !== 'AuthnRequest') return bad('not an AuthnRequest');
    const issuer = text("/*/*[local-name()='Issuer']", doc) ?? '';
    if (issuer !== spEntityId(this.env, kind)) return bad(`unknown service provider ${issuer}`);
    const level = spidLevelFromUri(text("//*[local-name()='AuthnContextClassRef']", doc) ?? '');
    if (!level) return bad('RequestedAuthnContext must ask for SpidL1, SpidL2 or SpidL3');
    if (root.getAttribute('IsPassive')) return bad('IsPassive must not be present');
    if (nodes("/*/*[local-name()='NameIDPolicy'][@Format='urn:oasis:names:tc:SAML:2.0:nameid-format:transient']", doc).length !== 1) {
      return bad('NameIDPolicy must be transient');
    }
    if (kind === 'eidas' && root.getAttribute('AttributeConsumingServiceIndex') !== '99') return bad('FICEP serves the eIDAS attribute sets (index 99)');
    return {
      id: root.getAttribute('ID') ?? bad('the request has no ID'),
      issuer,
      level,
      forceAuthn: root.getAttribute('ForceAuthn') === 'true',
      raw: { SAMLRequest: raw.SAMLRequest, RelayState: raw.RelayState ?? '', SigAlg: raw.SigAlg, Signature: raw.Signature },
    };
  }

  /** The auto-posting answer for the chosen identity (or the chosen SPID error). */
  respond(
    kind: IdentityProviderKind,
    req: ParsedAuthnRequest,
    choice: { fiscalCode?: string; personIdentifier?: string; level?: SpidLevel; error?: string },
  ): { acs: string; samlResponse: string; relayState: string } {
    const acs = acsUrl(this.env, kind);
    const common = {
      idpEntityId: devIdpEntityId(this.env, kind),
      audience: spEntityId(this.env, kind),
      destination: acs,
      inResponseTo: req.id,
      privateKey: this.privateKey,
      certificate: this.certificate,
    };
    let xml: string;
    if (choice.error) {
      if (!isSpidUserErrorCode(choice.error)) throw new DomainError(ErrorCode.DEV_IDP_REQUEST_INVALID, 'unknown error code');
      xml = buildSamlResponse({ ...common, level: req.level, attributes: {}, errorCode: choice.error });
    } else {
      const { attributes, who } = this.attributesOf(kind, choice);
      const session = { nameId: newSamlId(), sessionIndex: newSamlId() };
      this.issued.set(session.nameId, { kind, who, ...session });
      xml = buildSamlResponse({ ...common, ...session, level: choice.level ?? req.level, attributes });
    }
    return { acs, samlResponse: Buffer.from(xml, 'utf8').toString('base64'), relayState: decodeURIComponent(req.raw.RelayState) };
  }

  private attributesOf(kind: IdentityProviderKind, choice: { fiscalCode?: string; personIdentifier?: string }): { attributes: Record<string, string>; who: string } {
    if (kind === 'eidas') {
      // FICEP's mapping of the eIDAS minimum data set (PersonIdentifier → spidCode)
      const p = DEV_EIDAS_IDENTITIES.find((i) => i.personIdentifier === choice.personIdentifier) ?? bad('unknown test identity');
      return { who: `${p.givenName} ${p.familyName}`, attributes: { spidCode: p.personIdentifier, name: p.givenName, familyName: p.familyName, dateOfBirth: p.birthDate } };
    }
    const who = DEV_IDENTITIES.find((i) => i.fiscalCode === choice.fiscalCode) ?? bad('unknown test identity');
    const attributes: Record<string, string> =
      kind === 'cie'
        ? { fiscalNumber: `TINIT-${who.fiscalCode}`, name: who.givenName, familyName: who.familyName, dateOfBirth: who.birthDate }
        : {
            spidCode: `OPEN${who.fiscalCode.slice(0, 10)}`,
            fiscalNumber: `TINIT-${who.fiscalCode}`,
            name: who.givenName,
            familyName: who.familyName,
            dateOfBirth: who.birthDate,
            gender: who.gender,
            placeOfBirth: who.birthPlaceCode,
            email: who.email,
            mobilePhone: who.mobilePhone.replace('+39', ''),
          };
    return { attributes, who: `${who.givenName} ${who.familyName}` };
  }

  /** Sessions this IdP opened for a kind (newest last), for the IdP-initiated logout page. */
  sessions(kind: IdentityProviderKind): IssuedSession[] {
    return [...this.issued.values()].filter((s) => s.kind === kind);
  }

  /** IdP-initiated logout: the SP's SLO URL with our signed LogoutRequest for that NameID. */
  logoutRequestUrl(kind: IdentityProviderKind, nameId: string): string {
    const session = this.issued.get(nameId);
    if (!session || session.kind !== kind) return bad('no such session at this IdP');
    this.issued.delete(nameId);
    const now = new Date();
    const destination = sloUrl(this.env, kind);
    const xml = buildLogoutRequestXml({
      id: newSamlId(),
      issueInstant: now,
      issuer: devIdpEntityId(this.env, kind),
      destination,
      nameId,
      nameQualifier: devIdpEntityId(this.env, kind),
      sessionIndex: session.sessionIndex,
      notOnOrAfter: new Date(now.getTime() + 5 * 60_000),
    });
    return signedRedirectUrl(destination, 'SAMLRequest', xml, undefined, this.privateKey);
  }

  /**
   * Our SingleLogoutService. A LogoutRequest from the SP (checked against its certificate) ends our session
   * and is answered with a signed LogoutResponse; a LogoutResponse from the SP closes an IdP-initiated logout.
   */
  singleLogout(kind: IdentityProviderKind, originalUrl: string): { redirectTo: string } | { done: boolean } {
    let message: ReturnType<typeof readRedirect>;
    try {
      message = readRedirect(originalUrl);
    } catch (e) {
      return bad(`undecodable logout message: ${(e as Error).message}`);
    }
    if (!message.signedBy([this.sp.certificate])) return bad('the logout message signature does not verify with the SP certificate');
    try {
      if (message.param === 'SAMLResponse') return { done: parseLogoutResponse(message.doc).success };
      const req = parseLogoutRequest(message.doc);
      if (req.issuer !== spEntityId(this.env, kind)) return bad(`unknown service provider ${req.issuer}`);
      this.issued.delete(req.nameId);
      const destination = sloUrl(this.env, kind);
      const xml = buildLogoutResponseXml({
        id: newSamlId(),
        issueInstant: new Date(),
        issuer: devIdpEntityId(this.env, kind),
        destination,
        inResponseTo: req.id,
        success: true,
      });
      return { redirectTo: signedRedirectUrl(destination, 'SAMLResponse', xml, message.relayState, this.privateKey) };
    } catch (e) {
      if (e instanceof DomainError) throw e;
      return bad((e as Error).message);
    }
  }

  metadata(kind: IdentityProviderKind): string {
    const redirect = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
    return (
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(devIdpEntityId(this.env, kind))}">` +
      `<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" WantAuthnRequestsSigned="true">` +
      `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(this.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
      `<md:SingleLogoutService Binding="${redirect}" Location="${escapeXml(devIdpSloUrl(this.env, kind))}"/>` +
      `<md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>` +
      `<md:SingleSignOnService Binding="${redirect}" Location="${escapeXml(devIdpSsoUrl(this.env, kind))}"/>` +
      `</md:IDPSSODescriptor>` +
      `<md:Organization><md:OrganizationName xml:lang="it">OpenCPI development IdP</md:OrganizationName>` +
      `<md:OrganizationDisplayName xml:lang="it">OpenCPI Test IdP (sviluppo)</md:OrganizationDisplayName>` +
      `<md:OrganizationURL xml:lang="it">${escapeXml(this.env.PUBLIC_API_URL)}</md:OrganizationURL></md:Organization>` +
      `</md:EntityDescriptor>`
    );
  }
}

function bad(why: string): never {
  throw new DomainError(ErrorCode.DEV_IDP_REQUEST_INVALID, why);
}
