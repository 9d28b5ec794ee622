import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ErrorCode, LoginApp, Role, type IdentityProviderKind, type IdentityProviderResponse, type LoginQuery, type SessionResponse, type SpidLevel } from '@opencpi/contracts';
import { Env } from '../../config/env';
import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors/domain-error';
import type { LoginData } from '../registry/registry.repository';
import { RegistryService } from '../registry/registry.service';
import { AuthnRequestRepository } from './authn-request.repository';
import { EidasIdentityRepository } from './eidas/eidas-identity.repository';
import { buildAuthnRequestXml, newSamlId, redirectUrl } from './saml/authn-request';
import { IdpRegistry } from './saml/idp-registry';
import { LoginRefused } from './saml/login-refused';
import { ResponseVerifier, type VerifiedLogin } from './saml/response-verifier';
import { SpCredentials } from './saml/sp-credentials';
import { buildSpMetadata, EIDAS_ACS_INDEX, EIDAS_ATTRIBUTE_SET_INDEX } from './saml/sp-metadata';
import { spEntityId } from './saml/sp-urls';
import { signXml } from './saml/xml-signature';
import { SessionService } from './session.service';
import { SingleLogoutService } from './single-logout.service';

const REQUEST_TTL_MS = 15 * 60_000;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  correlationId: string;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  private readonly metadataCache = new Map<IdentityProviderKind, string>();

  constructor(
    private readonly env: Env,
    private readonly idps: IdpRegistry,
    private readonly credentials: SpCredentials,
    private readonly requests: AuthnRequestRepository,
    private readonly verifier: ResponseVerifier,
    private readonly sessions: SessionService,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
    private readonly slo: SingleLogoutService,
    private readonly eidas: EidasIdentityRepository,
  ) {}

  listIdps(): IdentityProviderResponse[] {
    return this.idps.list().map(({ id, entityId, displayName, kind, development }) => ({ id, entityId, displayName, kind, development }));
  }

  /** Builds and stores a signed AuthnRequest; returns the IdP URL to redirect the browser to. */
  async startLogin(kind: IdentityProviderKind, q: LoginQuery): Promise<string> {
    // SPID lists many IdPs; CIE and eIDAS (FICEP) have one each
    const idp = q.idp ? this.idps.byId(q.idp) : kind !== 'spid' ? this.idps.list().find((i) => i.kind === kind) : undefined;
    if (!idp || idp.kind !== kind) {
      throw new DomainError(ErrorCode.IDP_UNKNOWN, `No ${kind.toUpperCase()} identity provider "${q.idp ?? ''}"`, [
        { pointer: '/idp', detail: 'unknown identity provider', constraint: 'isKnownIdp' },
      ]);
    }
    const level: SpidLevel = q.level ?? 2;
    const id = newSamlId();
    const now = new Date();
    await this.requests.save({
      id,
      kind,
      idpEntityId: idp.entityId,
      requestedLevel: level,
      app: q.app ?? LoginApp.Citizen,
      expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
    });
    const xml = buildAuthnRequestXml({
      id,
      issueInstant: now,
      spEntityId: spEntityId(this.env, kind),
      destination: idp.ssoUrl,
      level,
      kind,
      // eIDAS: the FICEP minimum data set (AttributeConsumingService 99) answered to the eIDAS ACS (index 1)
      attributeConsumingServiceIndex: kind === 'eidas' ? EIDAS_ATTRIBUTE_SET_INDEX : 0,
      assertionConsumerServiceIndex: kind === 'eidas' ? EIDAS_ACS_INDEX : 0,
    });
    return redirectUrl(idp.ssoUrl, xml, randomBytes(12).toString('base64url'), this.credentials.privateKey);
  }

  /**
   * The ACS: verify the response, create or update the citizen, open a session.
   * Returns where to send the browser and, on success, the session cookie token.
   */
  async completeLogin(kind: IdentityProviderKind, samlResponse: string, client: ClientInfo): Promise<{ redirectTo: string; token?: string }> {
    try {
      const login = await this.verifier.verify(kind, samlResponse);
      const person = await this.personOf(login);
      const { citizen, roles } = await this.registry.recordLogin(person);
      if (login.app === LoginApp.Operator && !roles.some((r) => r === Role.Operator || r === Role.CpiManager || r === Role.RegionAdmin || r === Role.IntermediaryStaff)) {
        throw new LoginRefused(ErrorCode.FORBIDDEN, login.app, undefined, 'not a CPI staff member nor an intermediary operator');
      }
      const { token, session } = await this.sessions.create({
        fiscalCode: person.fiscalCode,
        givenName: person.givenName,
        familyName: person.familyName,
        roles,
        spidLevel: login.level,
        kind,
        app: login.app,
        idpEntityId: login.idpEntityId,
        nameId: login.nameId,
        sessionIndex: login.sessionIndex,
        ip: client.ip,
        userAgent: client.userAgent,
      });
      const principal: Principal = {
        sessionId: session.id,
        fiscalCode: person.fiscalCode,
        givenName: person.givenName,
        familyName: person.familyName,
        roles,
        spidLevel: login.level,
        kind,
        app: login.app,
        absoluteExpiresAt: session.absoluteExpiresAt,
        csrfToken: session.csrfToken,
      };
      await this.audit.record(
        { principal, ...client },
        {
          action: 'identity.login',
          resourceType: 'citizen',
          resourceId: citizen.id,
          subjectFiscalCode: person.fiscalCode,
          details: { kind, idp: login.idpEntityId, level: login.level, app: login.app, ...(login.personIdentifier ? { eidas: login.personIdentifier } : {}) },
        },
      );
      // an intermediary's operator (no office role) starts from the people who delegated their organisation
      const operatorHome = roles.some((r) => r === Role.Operator || r === Role.CpiManager || r === Role.RegionAdmin) ? '/cittadini' : '/assistiti';
      return { token, redirectTo: login.app === LoginApp.Operator ? `${this.env.OPERATOR_WEB_URL}${operatorHome}` : `${this.env.CITIZEN_WEB_URL}/profilo` };
    } catch (e) {
      if (!(e instanceof LoginRefused)) throw e;
      const base = e.app === LoginApp.Operator ? this.env.OPERATOR_WEB_URL : this.env.CITIZEN_WEB_URL;
      const shown =
        e.spidCode ??
        (e.reason === ErrorCode.SAML_LEVEL_TOO_LOW
          ? 'level'
          : e.reason === ErrorCode.FORBIDDEN
            ? 'forbidden'
            : e.reason === ErrorCode.EIDAS_IDENTITY_NOT_LINKED
              ? 'eidas-unlinked'
              : 'invalid');
      const params = new URLSearchParams({ code: shown, reason: e.reason, ref: client.correlationId });
      // the person tells the CPI operator this identifier, who links it to their registry record
      if (e.reason === ErrorCode.EIDAS_IDENTITY_NOT_LINKED && e.message) params.set('eidasId', e.message);
      return { redirectTo: `${base}/accesso/errore?${params.toString()}` };
    }
  }

  /**
   * Who logs in. SPID and CIE give the codice fiscale. eIDAS gives a PersonIdentifier and no codice fiscale:
   * it logs in as the registered person a CPI operator linked it to (registry names are kept), and is
   * refused with a courtesy page until then.
   */
  private async personOf(login: VerifiedLogin): Promise<LoginData> {
    if (login.fiscalCode) return { ...login, fiscalCode: login.fiscalCode };
    const pid = login.personIdentifier as string;
    const fiscalCode = await this.eidas.recordLogin({ personIdentifier: pid, givenName: login.givenName, familyName: login.familyName, birthDate: login.birthDate });
    const registered = fiscalCode ? await this.registry.citizenRef(fiscalCode) : null;
    if (!registered) throw new LoginRefused(ErrorCode.EIDAS_IDENTITY_NOT_LINKED, login.app, undefined, pid);
    return {
      fiscalCode: registered.fiscalCode,
      givenName: registered.givenName,
      familyName: registered.familyName,
      birthDate: null,
      gender: null,
      birthPlaceCode: null,
      email: null,
      mobilePhone: null,
    };
  }

  sessionOf(principal: Principal | undefined): SessionResponse {
    if (!principal) return { authenticated: false };
    return {
      authenticated: true,
      csrfToken: principal.csrfToken,
      user: {
        fiscalCode: principal.fiscalCode,
        givenName: principal.givenName,
        familyName: principal.familyName,
        roles: principal.roles,
        spidLevel: principal.spidLevel,
        authenticatedWith: principal.kind,
        expiresAt: principal.absoluteExpiresAt.toISOString(),
      },
    };
  }

  /**
   * Ends the local session, always; then, when the IdP supports Single Logout, returns its URL with our
   * signed LogoutRequest (the IdP answers at /api/auth/{kind}/slo), else the app's home page.
   */
  async logout(principal: Principal): Promise<string> {
    await this.sessions.end(principal.sessionId);
    try {
      return (await this.slo.requestUrl(principal)) ?? this.slo.appHome(principal.app);
    } catch (e) {
      this.logger.warn({ err: (e as Error).message }, 'single logout request not sent; local session ended');
      return this.slo.appHome(principal.app);
    }
  }

  /** Signed SP metadata, built once per process (its ID and signature are stable while it runs). */
  metadata(requested: IdentityProviderKind): string {
    const kind = requested === 'eidas' ? 'spid' : requested; // FICEP is an IdP of the SPID federation: one SP metadata
    let xml = this.metadataCache.get(kind);
    if (!xml) {
      xml = signXml(buildSpMetadata(this.env, kind, this.credentials.certificate), this.credentials.privateKey, this.credentials.certificate, '/*', {
        reference: '/*',
        action: 'prepend',
      });
      this.metadataCache.set(kind, xml);
    }
    return xml;
  }
}
