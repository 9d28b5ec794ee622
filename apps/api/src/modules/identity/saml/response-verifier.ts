import { Injectable, Logger } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/passport-saml';
import {
  ErrorCode,
  isSpidUserErrorCode,
  normalizeFiscalCode,
  fiscalCodeProblem,
  spidLevelFromUri,
  type IdentityProviderKind,
  type LoginApp,
  type SpidLevel,
} from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuthnRequestRepository } from '../authn-request.repository';
import { IdpRegistry } from './idp-registry';
import { LoginRefused } from './login-refused';
import { acsUrl, spEntityId } from './sp-urls';
import { nodes, parseXml, text } from './xml';
import { rootSignatureValid } from './xml-signature';

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
/** eIDAS unique identifier (eIDAS SAML attribute profile): issuing country / receiving country (IT) / identifier */
const EIDAS_PERSON_IDENTIFIER = /^[A-Z]{2}\/IT\/[!-~]{1,200}$/;

export interface VerifiedLogin {
  requestId: string;
  kind: IdentityProviderKind;
  idpEntityId: string;
  app: LoginApp;
  level: SpidLevel;
  /** null for eIDAS (the minimum data set has no codice fiscale): see personIdentifier */
  fiscalCode: string | null;
  /** eIDAS PersonIdentifier (kind eidas only) */
  personIdentifier: string | null;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  gender: 'M' | 'F' | null;
  birthPlaceCode: string | null;
  email: string | null;
  mobilePhone: string | null;
  nameId: string | null;
  sessionIndex: string | null;
}

/**
 * Checks a SAML Response posted to our ACS as AgID's rules require: signatures on Response and Assertion
 * (node-saml), Audience, NotBefore/NotOnOrAfter, Issuer = the IdP we asked, Destination and Recipient =
 * this ACS, InResponseTo = a request we sent and have not yet seen answered (consumed atomically in
 * PostgreSQL, so a replay is refused even across API replicas), achieved level ≥ requested level.
 */
@Injectable()
export class ResponseVerifier {
  private readonly logger = new Logger(ResponseVerifier.name);
  constructor(
    private readonly env: Env,
    private readonly idps: IdpRegistry,
    private readonly requests: AuthnRequestRepository,
  ) {}

  async verify(kind: IdentityProviderKind, samlResponse: string): Promise<VerifiedLogin> {
    const refuse = (reason: ErrorCode, app: LoginApp, why: string): never => {
      this.logger.warn({ reason, why }, 'SAML response refused');
      throw new LoginRefused(reason, app, undefined, why);
    };
    let xml: string;
    let doc: Document;
    try {
      xml = Buffer.from(samlResponse, 'base64').toString('utf8');
      doc = parseXml(xml);
    } catch (e) {
      return refuse(ErrorCode.SAML_RESPONSE_INVALID, 'citizen', `undecodable response: ${(e as Error).message}`);
    }
    const root = doc.documentElement;
    if (root.localName !== 'Response') return refuse(ErrorCode.SAML_RESPONSE_INVALID, 'citizen', 'not a samlp:Response');
    const inResponseTo = root.getAttribute('InResponseTo') ?? '';
    const request = inResponseTo ? await this.requests.findById(inResponseTo) : null;
    if (!request) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, 'citizen', 'unsolicited response (no matching request)');
    const app = request.app;
    if (request.consumedAt) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, app, 'response to an already answered request');
    if (request.expiresAt.getTime() < Date.now()) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, app, 'request expired');
    if (request.kind !== kind) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'response posted to the wrong ACS');

    // The answer must come from the IdP the request went to: another trusted IdP answering it is refused.
    const idp = this.idps.byEntityId(request.idpEntityId);
    if (!idp || idp.kind !== kind) return refuse(ErrorCode.IDP_UNKNOWN, app, 'identity provider no longer configured');
    const issuerProblem = this.issuerProblem(nodes("/*[local-name()='Response']/*[local-name()='Issuer']", doc), idp.entityId);
    if (issuerProblem) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, `Response ${issuerProblem}`);
    const acs = acsUrl(this.env, kind);
    if (root.getAttribute('Destination') !== acs) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'Destination is not this ACS');

    const statusCode = nodes("/*[local-name()='Response']/*[local-name()='Status']/*[local-name()='StatusCode']", doc)[0];
    if (statusCode?.getAttribute('Value') !== SUCCESS) {
      // An error answer has no assertion. It ends the pending login only when that IdP signed it: an unsigned
      // or foreign error carrying someone's InResponseTo must not cancel their login.
      if (!rootSignatureValid(xml, root, idp.certs)) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'error response not signed by the IdP');
      if (!(await this.requests.consume(request.id))) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, app, 'response already used');
      const message = text("/*[local-name()='Response']/*[local-name()='Status']/*[local-name()='StatusMessage']", doc) ?? '';
      const code = /nr(\d{2})/i.exec(message)?.[0]?.toLowerCase() ?? '';
      this.logger.warn({ statusMessage: message }, 'IdP answered with an error');
      throw new LoginRefused(ErrorCode.SAML_IDP_ERROR, app, isSpidUserErrorCode(code) ? code : undefined, message);
    }

    const sp = spEntityId(this.env, kind);
    const saml = new SAML({
      callbackUrl: acs,
      issuer: sp,
      audience: sp,
      idpCert: idp.certs,
      idpIssuer: idp.entityId,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      validateInResponseTo: ValidateInResponseTo.never, // checked below, atomically, in PostgreSQL
      acceptedClockSkewMs: 5_000,
      identifierFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
    });
    let profile: Profile;
    try {
      const result = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse });
      if (!result.profile) throw new Error('no profile in response');
      profile = result.profile;
    } catch (e) {
      return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, (e as Error).message);
    }

    // Checks node-saml leaves to us, on the signed assertion it returned.
    const assertion = parseXml(profile.getAssertionXml?.() ?? '<none/>');
    const assertionIssuerProblem = this.issuerProblem(nodes("/*[local-name()='Assertion']/*[local-name()='Issuer']", assertion), idp.entityId);
    if (assertionIssuerProblem) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, `Assertion ${assertionIssuerProblem}`);
    const confirmation = nodes("//*[local-name()='SubjectConfirmation'][@Method='urn:oasis:names:tc:SAML:2.0:cm:bearer']/*[local-name()='SubjectConfirmationData']", assertion)[0];
    if (!confirmation) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'no bearer SubjectConfirmationData');
    if (confirmation.getAttribute('Recipient') !== acs) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'Recipient is not this ACS');
    if (confirmation.getAttribute('InResponseTo') !== request.id) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'SubjectConfirmationData InResponseTo mismatch');
    const level = spidLevelFromUri(text("//*[local-name()='AuthnStatement']/*[local-name()='AuthnContext']/*[local-name()='AuthnContextClassRef']", assertion) ?? '');
    if (!level) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'missing or unknown AuthnContextClassRef');
    if (level < request.requestedLevel) return refuse(ErrorCode.SAML_LEVEL_TOO_LOW, app, `level ${level} < requested ${request.requestedLevel}`);

    const attr = (name: string): string | null => {
      const v = (profile.attributes as Record<string, unknown> | undefined)?.[name] ?? (profile as Record<string, unknown>)[name];
      const s = Array.isArray(v) ? v[0] : v;
      return typeof s === 'string' && s.trim() !== '' ? s.trim() : null;
    };
    let fiscalCode: string | null = null;
    let personIdentifier: string | null = null;
    if (kind === 'eidas') {
      // FICEP gives the eIDAS PersonIdentifier in spidCode: <issuing country>/IT/<identifier>
      personIdentifier = attr('spidCode');
      if (!personIdentifier || !EIDAS_PERSON_IDENTIFIER.test(personIdentifier)) {
        return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'spidCode is not an eIDAS PersonIdentifier XX/IT/...');
      }
    } else {
      const fiscalNumber = attr('fiscalNumber') ?? '';
      fiscalCode = normalizeFiscalCode(fiscalNumber.replace(/^TINIT-/i, ''));
      if (!/^TINIT-/i.test(fiscalNumber) || fiscalCodeProblem(fiscalCode)) {
        return refuse(ErrorCode.FISCAL_CODE_INVALID, app, 'fiscalNumber is not TINIT-<valid codice fiscale>');
      }
    }
    const givenName = attr('name');
    const familyName = attr('familyName');
    if (!givenName || !familyName) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'name and familyName are required');

    // Last: consume the request exactly once. Two concurrent posts of one response cannot both pass.
    if (!(await this.requests.consume(request.id))) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, app, 'response already used');

    const gender = attr('gender');
    const birthDate = attr('dateOfBirth');
    return {
      requestId: request.id,
      kind,
      idpEntityId: idp.entityId,
      app,
      level,
      fiscalCode,
      personIdentifier,
      givenName: givenName.slice(0, 100),
      familyName: familyName.slice(0, 100),
      birthDate: birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null,
      gender: gender === 'M' || gender === 'F' ? gender : null,
      birthPlaceCode: attr('placeOfBirth'),
      email: attr('email'),
      mobilePhone: attr('mobilePhone')?.replace(/[^\d+]/g, '') ?? null,
      nameId: profile.nameID ?? null,
      sessionIndex: profile.sessionIndex ?? null,
    };
  }

  /** Exactly one Issuer equal to the IdP's entityID (with the entity format when a Format is given). */
  private issuerProblem(issuers: Element[], expected: string): string | null {
    if (issuers.length !== 1) return 'must have exactly one Issuer';
    const issuer = issuers[0] as Element;
    if ((issuer.textContent ?? '').trim() !== expected) return `Issuer is not the identity provider the request was sent to (${expected})`;
    const format = issuer.getAttribute('Format');
    if (format && format !== 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity') return 'Issuer Format is not entity';
    return null;
  }
}
