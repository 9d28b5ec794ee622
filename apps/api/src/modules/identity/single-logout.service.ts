import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, LoginApp, type IdentityProviderKind } from '@opencpi/contracts';
import { Env } from '../../config/env';
import type { Principal } from '../../platform/auth/principal';
import { DomainError } from '../../platform/errors/domain-error';
import { newSamlId } from './saml/authn-request';
import { IdpRegistry, type IdentityProvider } from './saml/idp-registry';
import { buildLogoutRequestXml, buildLogoutResponseXml, parseLogoutRequest, parseLogoutResponse } from './saml/logout-messages';
import { readRedirect, signedRedirectUrl, type RedirectMessage } from './saml/redirect-binding';
import { SpCredentials } from './saml/sp-credentials';
import { sloUrl, spEntityId } from './saml/sp-urls';
import { SingleLogoutRepository } from './single-logout.repository';

const REQUEST_TTL_MS = 15 * 60_000;
const CLOCK_SKEW_MS = 5 * 60_000;

/** What the SLO endpoint does with the browser. */
export interface SloOutcome {
  redirectTo: string;
  /** true when the browser's own session cookie should be cleared (IdP-initiated logout) */
  clearCookie: boolean;
}

/**
 * SAML Single Logout (HTTP-Redirect binding, signed messages both ways).
 * SP-initiated: the local session ends first, then the browser goes to the IdP with our signed LogoutRequest
 * and comes back with the IdP's signed LogoutResponse. IdP-initiated: a signed LogoutRequest from the IdP
 * that opened the session ends the sessions of that NameID (and SessionIndex), and we answer a signed
 * LogoutResponse. Unsigned, foreign or stale messages are refused and end nothing.
 */
@Injectable()
export class SingleLogoutService {
  private readonly logger = new Logger(SingleLogoutService.name);

  constructor(
    private readonly env: Env,
    private readonly idps: IdpRegistry,
    private readonly credentials: SpCredentials,
    private readonly repo: SingleLogoutRepository,
  ) {}

  appHome(app: LoginApp): string {
    return app === LoginApp.Operator ? `${this.env.OPERATOR_WEB_URL}/` : `${this.env.CITIZEN_WEB_URL}/`;
  }

  /** SP-initiated (call after ending the local session): the IdP URL with our signed LogoutRequest, or null. */
  async requestUrl(principal: Principal): Promise<string | null> {
    const session = await this.repo.sessionForLogout(principal.sessionId);
    if (!session?.nameId) return null;
    const idp = this.idps.byEntityId(session.idpEntityId);
    if (!idp?.slo) return null;
    const id = newSamlId();
    const now = new Date();
    await this.repo.saveRequest({ id, kind: principal.kind, idpEntityId: idp.entityId, app: principal.app, expiresAt: new Date(now.getTime() + REQUEST_TTL_MS) });
    const xml = buildLogoutRequestXml({
      id,
      issueInstant: now,
      issuer: spEntityId(this.env, principal.kind),
      destination: idp.slo.location,
      nameId: session.nameId,
      nameQualifier: idp.entityId,
      sessionIndex: session.sessionIndex,
      notOnOrAfter: new Date(now.getTime() + CLOCK_SKEW_MS),
    });
    return signedRedirectUrl(idp.slo.location, 'SAMLRequest', xml, undefined, this.credentials.privateKey);
  }

  /** GET /api/auth/{kind}/slo: the IdP's LogoutResponse to our request, or its own LogoutRequest. */
  async receive(kind: IdentityProviderKind, originalUrl: string): Promise<SloOutcome> {
    let message: RedirectMessage;
    try {
      message = readRedirect(originalUrl);
    } catch (e) {
      return this.invalid(`undecodable message: ${(e as Error).message}`);
    }
    return message.param === 'SAMLResponse' ? this.onResponse(kind, message) : this.onRequest(kind, message);
  }

  private async onResponse(kind: IdentityProviderKind, message: RedirectMessage): Promise<SloOutcome> {
    let res: ReturnType<typeof parseLogoutResponse>;
    try {
      res = parseLogoutResponse(message.doc);
    } catch (e) {
      return this.invalid((e as Error).message);
    }
    const idp = this.trustedIdp(kind, res.issuer);
    if (!message.signedBy(idp.certs)) return this.invalid('LogoutResponse not signed by the IdP');
    if (res.destination && res.destination !== sloUrl(this.env, kind)) return this.invalid('Destination is not this SLO endpoint');
    const request = await this.repo.consumeRequest(res.inResponseTo, idp.entityId);
    if (!request) return this.invalid('LogoutResponse to no pending LogoutRequest of that IdP');
    if (!res.success) this.logger.warn({ idp: idp.entityId }, 'IdP reported a partial logout');
    return { redirectTo: this.appHome(request.app), clearCookie: true };
  }

  private async onRequest(kind: IdentityProviderKind, message: RedirectMessage): Promise<SloOutcome> {
    let req: ReturnType<typeof parseLogoutRequest>;
    try {
      req = parseLogoutRequest(message.doc);
    } catch (e) {
      return this.invalid((e as Error).message);
    }
    const idp = this.trustedIdp(kind, req.issuer);
    if (!message.signedBy(idp.certs)) return this.invalid('LogoutRequest not signed by the IdP');
    if (req.destination !== sloUrl(this.env, kind)) return this.invalid('Destination is not this SLO endpoint');
    const now = Date.now();
    const issued = req.issueInstant ? Date.parse(req.issueInstant) : NaN;
    if (!Number.isFinite(issued) || issued > now + CLOCK_SKEW_MS || issued < now - REQUEST_TTL_MS) return this.invalid('IssueInstant missing or out of range');
    if (req.notOnOrAfter && !(Date.parse(req.notOnOrAfter) > now - CLOCK_SKEW_MS)) return this.invalid('LogoutRequest expired');
    if (!idp.slo) return this.invalid('the IdP publishes no SingleLogoutService to answer to');

    const ended = await this.repo.endSessionsOf(idp.entityId, req.nameId, req.sessionIndexes);
    this.logger.log({ idp: idp.entityId, ended }, 'IdP-initiated logout');
    const xml = buildLogoutResponseXml({
      id: newSamlId(),
      issueInstant: new Date(),
      issuer: spEntityId(this.env, kind),
      destination: idp.slo.responseLocation,
      inResponseTo: req.id,
      success: true,
    });
    return { redirectTo: signedRedirectUrl(idp.slo.responseLocation, 'SAMLResponse', xml, message.relayState, this.credentials.privateKey), clearCookie: true };
  }

  /** The IdP named by the message's Issuer, of a kind this endpoint serves (eIDAS shares the SPID one). */
  private trustedIdp(kind: IdentityProviderKind, issuer: string): IdentityProvider {
    const idp = this.idps.byEntityId(issuer);
    const kinds: IdentityProviderKind[] = kind === 'spid' ? ['spid', 'eidas'] : [kind];
    if (!idp || !kinds.includes(idp.kind)) return this.invalid(`unknown issuer ${issuer.slice(0, 200)}`);
    return idp;
  }

  private invalid(why: string): never {
    this.logger.warn({ why }, 'SAML logout message refused');
    throw new DomainError(ErrorCode.SAML_LOGOUT_INVALID, why);
  }
}
