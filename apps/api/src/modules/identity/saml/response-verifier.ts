import { Injectable, Logger } from '@nestjs/common';
import { SAML, ValidateInResponseTo, type Profile } from '@node-saml/passport-saml';
import {
  ErrorCode, isSpidUserErrorCode, normalizeFiscalCode, fiscalCodeProblem, spidLevelFromUri,
  type IdentityProviderKind, type LoginApp, type SpidLevel,
} from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuthnRequestRepository } from '../authn-request.repository';
import { IdpRegistry } from './idp-registry';
import { LoginRefused } from './login-refused';
import { acsUrl } from './sp-urls';
import { nodes, parseXml, text } from './xml';

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

export interface VerifiedLogin {
  requestId: string;
  kind: IdentityProviderKind;
  idpEntityId: string;
  app: LoginApp;
  level: SpidLevel;
  fiscalCode: string;
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
  constructor(private readonly env: Env, private readonly idps: IdpRegistry, private readonly requests: AuthnRequestRepository) {}

  async verify(kind: IdentityProviderKind, samlResponse: string): Promise<VerifiedLogin> {
    const refuse = (reason: ErrorCode, app: LoginApp, why: string): never => {
      this.logger.warn({ reason, why }, 'SAML response refused');
      throw new LoginRefused(reason, app, undefined, why);
    };
    let doc: Document;
    try {
      doc = parseXml(Buffer.from(samlResponse, 'base64').toString('utf8'));
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

    const statusCode = nodes("/*[local-name()='Response']/*[local-name()='Status']/*[local-name()='StatusCode']", doc)[0];
    if (statusCode?.getAttribute('Value') !== SUCCESS) {
      // An error answer has no assertion (and may be unsigned): all we take from it is the code to show.
      await this.requests.consume(request.id);
      const message = text("/*[local-name()='Response']/*[local-name()='Status']/*[local-name()='StatusMessage']", doc) ?? '';
      const code = /nr(\d{2})/i.exec(message)?.[0]?.toLowerCase() ?? '';
      this.logger.warn({ statusMessage: message }, 'IdP answered with an error');
      throw new LoginRefused(ErrorCode.SAML_IDP_ERROR, app, isSpidUserErrorCode(code) ? code : undefined, message);
    }

    const idp = this.idps.byEntityId(request.idpEntityId);
    if (!idp) return refuse(ErrorCode.IDP_UNKNOWN, app, 'identity provider no longer configured');
    const acs = acsUrl(this.env, kind);
    const saml = new SAML({
      callbackUrl: acs,
      issuer: this.env.SP_ENTITY_ID,
      audience: this.env.SP_ENTITY_ID,
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
    if (root.getAttribute('Destination') !== acs) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'Destination is not this ACS');
    const assertion = parseXml(profile.getAssertionXml?.() ?? '<none/>');
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
    const fiscalNumber = attr('fiscalNumber') ?? '';
    const fiscalCode = normalizeFiscalCode(fiscalNumber.replace(/^TINIT-/i, ''));
    if (!/^TINIT-/i.test(fiscalNumber) || fiscalCodeProblem(fiscalCode)) {
      return refuse(ErrorCode.FISCAL_CODE_INVALID, app, 'fiscalNumber is not TINIT-<valid codice fiscale>');
    }
    const givenName = attr('name');
    const familyName = attr('familyName');
    if (!givenName || !familyName) return refuse(ErrorCode.SAML_RESPONSE_INVALID, app, 'name and familyName are required');

    // Last: consume the request exactly once. Two concurrent posts of one response cannot both pass.
    if (!(await this.requests.consume(request.id))) return refuse(ErrorCode.SAML_RESPONSE_REPLAYED, app, 'response already used');

    const gender = attr('gender');
    const birthDate = attr('dateOfBirth');
    return {
      requestId: request.id, kind, idpEntityId: idp.entityId, app, level, fiscalCode, givenName, familyName,
      birthDate: birthDate && /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : null,
      gender: gender === 'M' || gender === 'F' ? gender : null,
      birthPlaceCode: attr('placeOfBirth'),
      email: attr('email'),
      mobilePhone: attr('mobilePhone')?.replace(/[^\d+]/g, '') ?? null,
      nameId: profile.nameID ?? null,
      sessionIndex: profile.sessionIndex ?? null,
    };
  }
}
