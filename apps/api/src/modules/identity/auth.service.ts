import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  ErrorCode, LoginApp, Role, type IdentityProviderKind, type IdentityProviderResponse, type LoginQuery,
  type SessionResponse, type SpidLevel,
} from '@opencpi/contracts';
import { Env } from '../../config/env';
import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors/domain-error';
import { RegistryService } from '../registry/registry.service';
import { AuthnRequestRepository } from './authn-request.repository';
import { buildAuthnRequestXml, newSamlId, redirectUrl } from './saml/authn-request';
import { IdpRegistry } from './saml/idp-registry';
import { LoginRefused } from './saml/login-refused';
import { ResponseVerifier } from './saml/response-verifier';
import { SpCredentials } from './saml/sp-credentials';
import { buildSpMetadata } from './saml/sp-metadata';
import { signXml } from './saml/xml-signature';
import { SessionService } from './session.service';

const REQUEST_TTL_MS = 15 * 60_000;

export interface ClientInfo { ip: string | null; userAgent: string | null; correlationId: string }

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
  ) {}

  listIdps(): IdentityProviderResponse[] {
    return this.idps.list().map(({ id, entityId, displayName, kind, development }) => ({ id, entityId, displayName, kind, development }));
  }

  /** Builds and stores a signed AuthnRequest; returns the IdP URL to redirect the browser to. */
  async startLogin(kind: IdentityProviderKind, q: LoginQuery): Promise<string> {
    const idp = q.idp ? this.idps.byId(q.idp) : kind === 'cie' ? this.idps.list().find((i) => i.kind === 'cie') : undefined;
    if (!idp || idp.kind !== kind) {
      throw new DomainError(ErrorCode.IDP_UNKNOWN, `No ${kind.toUpperCase()} identity provider "${q.idp ?? ''}"`, [
        { pointer: '/idp', detail: 'unknown identity provider', constraint: 'isKnownIdp' },
      ]);
    }
    const level: SpidLevel = q.level ?? 2;
    const id = newSamlId();
    const now = new Date();
    await this.requests.save({
      id, kind, idpEntityId: idp.entityId, requestedLevel: level, app: q.app ?? LoginApp.Citizen,
      expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
    });
    const xml = buildAuthnRequestXml({
      id, issueInstant: now, spEntityId: this.env.SP_ENTITY_ID, destination: idp.ssoUrl, level, kind, attributeConsumingServiceIndex: 0,
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
      const { citizen, roles } = await this.registry.recordLogin(login);
      if (login.app === LoginApp.Operator && !roles.some((r) => r === Role.Operator || r === Role.CpiManager || r === Role.RegionAdmin)) {
        throw new LoginRefused(ErrorCode.FORBIDDEN, login.app, undefined, 'not a CPI staff member');
      }
      const { token, session } = await this.sessions.create({
        fiscalCode: login.fiscalCode, givenName: login.givenName, familyName: login.familyName, roles, spidLevel: login.level,
        kind, app: login.app, idpEntityId: login.idpEntityId, nameId: login.nameId, sessionIndex: login.sessionIndex, ip: client.ip, userAgent: client.userAgent,
      });
      const principal: Principal = {
        sessionId: session.id, fiscalCode: login.fiscalCode, givenName: login.givenName, familyName: login.familyName, roles,
        spidLevel: login.level, kind, app: login.app, absoluteExpiresAt: session.absoluteExpiresAt, csrfToken: session.csrfToken,
      };
      await this.audit.record({ principal, ...client }, {
        action: 'identity.login', resourceType: 'citizen', resourceId: citizen.id, subjectFiscalCode: login.fiscalCode,
        details: { kind, idp: login.idpEntityId, level: login.level, app: login.app },
      });
      return { token, redirectTo: login.app === LoginApp.Operator ? `${this.env.OPERATOR_WEB_URL}/cittadini` : `${this.env.CITIZEN_WEB_URL}/profilo` };
    } catch (e) {
      if (!(e instanceof LoginRefused)) throw e;
      const base = e.app === LoginApp.Operator ? this.env.OPERATOR_WEB_URL : this.env.CITIZEN_WEB_URL;
      const shown = e.spidCode ?? (e.reason === ErrorCode.SAML_LEVEL_TOO_LOW ? 'level' : e.reason === ErrorCode.FORBIDDEN ? 'forbidden' : 'invalid');
      const params = new URLSearchParams({ code: shown, reason: e.reason, ref: client.correlationId });
      return { redirectTo: `${base}/accesso/errore?${params.toString()}` };
    }
  }

  sessionOf(principal: Principal | undefined): SessionResponse {
    if (!principal) return { authenticated: false };
    return {
      authenticated: true,
      csrfToken: principal.csrfToken,
      user: {
        fiscalCode: principal.fiscalCode, givenName: principal.givenName, familyName: principal.familyName,
        roles: principal.roles, spidLevel: principal.spidLevel, authenticatedWith: principal.kind,
        expiresAt: principal.absoluteExpiresAt.toISOString(),
      },
    };
  }

  async logout(principal: Principal): Promise<string> {
    await this.sessions.end(principal.sessionId);
    return principal.app === LoginApp.Operator ? `${this.env.OPERATOR_WEB_URL}/` : `${this.env.CITIZEN_WEB_URL}/`;
  }

  /** Signed SP metadata, built once per process (its ID and signature are stable while it runs). */
  metadata(kind: IdentityProviderKind): string {
    let xml = this.metadataCache.get(kind);
    if (!xml) {
      xml = signXml(buildSpMetadata(this.env, kind, this.credentials.certificate), this.credentials.privateKey, this.credentials.certificate, '/*', {
        reference: '/*', action: 'prepend',
      });
      this.metadataCache.set(kind, xml);
    }
    return xml;
  }
}
