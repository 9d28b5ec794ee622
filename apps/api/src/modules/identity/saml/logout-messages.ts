import { escapeXml, nodes, text } from './xml';

const ENTITY = 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity';
const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const NS = 'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"';

export interface LogoutRequestSpec {
  id: string;
  issueInstant: Date;
  issuer: string;
  destination: string;
  nameId: string;
  /** NameQualifier of the NameID (the IdP that issued it) */
  nameQualifier?: string | null;
  sessionIndex?: string | null;
  /** validity of the request */
  notOnOrAfter?: Date;
}

/** A LogoutRequest as AgID's rules want it (Issuer with Format entity and NameQualifier, NameID, SessionIndex). */
export function buildLogoutRequestXml(r: LogoutRequestSpec): string {
  return (
    `<samlp:LogoutRequest ${NS} ID="${escapeXml(r.id)}" Version="2.0" IssueInstant="${r.issueInstant.toISOString()}" Destination="${escapeXml(r.destination)}"` +
    (r.notOnOrAfter ? ` NotOnOrAfter="${r.notOnOrAfter.toISOString()}"` : '') +
    '>' +
    `<saml:Issuer Format="${ENTITY}" NameQualifier="${escapeXml(r.issuer)}">${escapeXml(r.issuer)}</saml:Issuer>` +
    `<saml:NameID Format="${TRANSIENT}"${r.nameQualifier ? ` NameQualifier="${escapeXml(r.nameQualifier)}"` : ''}>${escapeXml(r.nameId)}</saml:NameID>` +
    (r.sessionIndex ? `<samlp:SessionIndex>${escapeXml(r.sessionIndex)}</samlp:SessionIndex>` : '') +
    `</samlp:LogoutRequest>`
  );
}

export interface LogoutResponseSpec {
  id: string;
  issueInstant: Date;
  issuer: string;
  destination: string;
  inResponseTo: string;
  success: boolean;
}

export function buildLogoutResponseXml(r: LogoutResponseSpec): string {
  const status = r.success
    ? `<samlp:StatusCode Value="${STATUS_SUCCESS}"/>`
    : `<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Requester"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:UnknownPrincipal"/></samlp:StatusCode>`;
  return (
    `<samlp:LogoutResponse ${NS} ID="${escapeXml(r.id)}" Version="2.0" IssueInstant="${r.issueInstant.toISOString()}" Destination="${escapeXml(r.destination)}" InResponseTo="${escapeXml(r.inResponseTo)}">` +
    `<saml:Issuer Format="${ENTITY}" NameQualifier="${escapeXml(r.issuer)}">${escapeXml(r.issuer)}</saml:Issuer>` +
    `<samlp:Status>${status}</samlp:Status></samlp:LogoutResponse>`
  );
}

export interface ParsedLogoutRequest {
  id: string;
  issuer: string;
  destination: string | null;
  issueInstant: string | null;
  notOnOrAfter: string | null;
  nameId: string;
  sessionIndexes: string[];
}

/** Reads the fields of a LogoutRequest document (the caller checks signature, issuer and times). */
export function parseLogoutRequest(doc: Document): ParsedLogoutRequest {
  const root = doc.documentElement;
  if (root.localName !== 'LogoutRequest') throw new Error('not a LogoutRequest');
  const issuer = text("/*/*[local-name()='Issuer']", doc);
  const nameId = text("/*/*[local-name()='NameID']", doc);
  const id = root.getAttribute('ID');
  if (!issuer || !nameId || !id) throw new Error('LogoutRequest without ID, Issuer or NameID');
  return {
    id,
    issuer: issuer.trim(),
    destination: root.getAttribute('Destination'),
    issueInstant: root.getAttribute('IssueInstant'),
    notOnOrAfter: root.getAttribute('NotOnOrAfter'),
    nameId: nameId.trim(),
    sessionIndexes: nodes("/*/*[local-name()='SessionIndex']", doc).map((n) => (n.textContent ?? '').trim()),
  };
}

export interface ParsedLogoutResponse {
  issuer: string;
  inResponseTo: string;
  destination: string | null;
  success: boolean;
}

export function parseLogoutResponse(doc: Document): ParsedLogoutResponse {
  const root = doc.documentElement;
  if (root.localName !== 'LogoutResponse') throw new Error('not a LogoutResponse');
  const issuer = text("/*/*[local-name()='Issuer']", doc);
  const inResponseTo = root.getAttribute('InResponseTo');
  if (!issuer || !inResponseTo) throw new Error('LogoutResponse without Issuer or InResponseTo');
  const code = nodes("/*/*[local-name()='Status']/*[local-name()='StatusCode']", doc)[0]?.getAttribute('Value');
  return { issuer: issuer.trim(), inResponseTo, destination: root.getAttribute('Destination'), success: code === STATUS_SUCCESS };
}
