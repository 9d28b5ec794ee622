import { randomBytes } from 'node:crypto';
import { spidLevelUri, type SpidLevel } from '@opencpi/contracts';
import { escapeXml } from '../saml/xml';
import { signXml } from '../saml/xml-signature';

export interface SamlResponseSpec {
  idpEntityId: string;
  /** Audience (normally the SP entityID) */
  audience: string;
  /** Destination of the Response and Recipient of the SubjectConfirmationData (the ACS URL) */
  destination: string;
  recipient?: string;
  inResponseTo: string;
  level: SpidLevel;
  attributes: Record<string, string>;
  now?: Date;
  /** validity of the assertion; a past date makes an expired assertion */
  notOnOrAfter?: Date;
  signAssertion?: boolean;
  signResponse?: boolean;
  /** an error answer: no assertion, StatusMessage "ErrorCode nrXX" */
  errorCode?: string;
  /** Issuer of the Assertion when it differs from the Response's (tests) */
  assertionIssuer?: string;
  /** transient NameID and SessionIndex (random when not given) */
  nameId?: string;
  sessionIndex?: string;
  privateKey: string;
  certificate: string;
}

const id = () => `_${randomBytes(16).toString('hex')}`;
const ENTITY = 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity';

/**
 * Builds a SAML 2.0 Response shaped as SPID IdPs send it (signed Response and Assertion, transient NameID,
 * bearer SubjectConfirmation, AudienceRestriction, AuthnContextClassRef SpidLn, basic-format attributes).
 * Used by the development IdP and, with the knobs above, by tests that need a broken response.
 */
export function buildSamlResponse(s: SamlResponseSpec): string {
  const now = s.now ?? new Date();
  const notOnOrAfter = (s.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000)).toISOString();
  const issue = now.toISOString();
  const issuer = `<saml:Issuer Format="${ENTITY}">${escapeXml(s.idpEntityId)}</saml:Issuer>`;
  const head =
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
    ` ID="${id()}" Version="2.0" IssueInstant="${issue}" Destination="${escapeXml(s.destination)}" InResponseTo="${escapeXml(s.inResponseTo)}">` +
    issuer;
  if (s.errorCode) {
    const xml =
      head +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder">` +
      `<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode>` +
      `<samlp:StatusMessage>ErrorCode ${escapeXml(s.errorCode)}</samlp:StatusMessage></samlp:Status></samlp:Response>`;
    return s.signResponse === false ? xml : signResponse(xml, s);
  }
  const attrs = Object.entries(s.attributes)
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">` +
        `<saml:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('');
  let xml =
    head +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="${id()}" Version="2.0" IssueInstant="${issue}">` +
    (s.assertionIssuer ? `<saml:Issuer Format="${ENTITY}">${escapeXml(s.assertionIssuer)}</saml:Issuer>` : issuer) +
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" NameQualifier="${escapeXml(s.idpEntityId)}">${escapeXml(s.nameId ?? id())}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
    `<saml:SubjectConfirmationData InResponseTo="${escapeXml(s.inResponseTo)}" NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(s.recipient ?? s.destination)}"/>` +
    `</saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${issue}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${escapeXml(s.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${issue}" SessionIndex="${escapeXml(s.sessionIndex ?? id())}"><saml:AuthnContext><saml:AuthnContextClassRef>${spidLevelUri(s.level)}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attrs}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`;
  if (s.signAssertion !== false) {
    xml = signXml(xml, s.privateKey, s.certificate, "//*[local-name(.)='Assertion']", {
      reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
      action: 'after',
    });
  }
  return s.signResponse === false ? xml : signResponse(xml, s);
}

function signResponse(xml: string, s: SamlResponseSpec): string {
  return signXml(xml, s.privateKey, s.certificate, "/*[local-name(.)='Response']", {
    reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
    action: 'after',
  });
}
