import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ALL_ROLES, IdentityProviderListResponse, LoginQuery, LogoutResponse, SessionResponse, type IdentityProviderKind } from '@opencpi/contracts';
import { Allow, Public } from '../../platform/auth/policy.decorator';
import type { Principal } from '../../platform/auth/principal';
import { Ctx, OptionalPrincipal, type RequestContext } from '../../platform/auth/request-context';
import { correlationIdOf } from '../../platform/http/correlation-id';
import { AuthService } from './auth.service';
import { AcsBody } from './dto/acs.body';
import { SloQuery } from './dto/slo.query';
import { SESSION_COOKIE, SessionService } from './session.service';
import { SingleLogoutService } from './single-logout.service';
import { StrictRateLimit } from '../../platform/rate-limit/rate-limit.decorator';

/** SPID / CIE / eIDAS login and single logout for both SPAs: /api/auth/... (public: this is how a session starts). */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly singleLogout: SingleLogoutService,
  ) {}

  @Get('idps')
  @Public()
  @ApiOperation({ summary: 'Identity providers for the "Entra con SPID" / "Entra con CIE" buttons' })
  @ApiOkResponse({ type: IdentityProviderListResponse })
  idps(): IdentityProviderListResponse {
    return { items: this.auth.listIdps() };
  }

  @Get('session')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The current session, with the CSRF token to send on state-changing requests' })
  @ApiOkResponse({ type: SessionResponse })
  session(@OptionalPrincipal() principal: Principal | undefined): SessionResponse {
    return this.auth.sessionOf(principal);
  }

  @Get('spid/login')
  @StrictRateLimit('login')
  @Public()
  @ApiOperation({ summary: 'Starts a SPID login: redirects to the IdP with a signed AuthnRequest (HTTP-Redirect)' })
  @ApiFoundResponse({ description: 'Redirect to the identity provider' })
  async spidLogin(@Query() q: LoginQuery, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.auth.startLogin('spid', q));
  }

  @Get('cie/login')
  @StrictRateLimit('login')
  @Public()
  @ApiOperation({ summary: 'Starts a CIE login (Entra con CIE)' })
  @ApiFoundResponse({ description: 'Redirect to the CIE identity provider' })
  async cieLogin(@Query() q: LoginQuery, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.auth.startLogin('cie', q));
  }

  @Get('eidas/login')
  @StrictRateLimit('login')
  @Public()
  @ApiOperation({
    summary: "Starts an eIDAS login (people with another EU country's eID) through the Italian node FICEP",
    description: 'Signed HTTP-Redirect AuthnRequest to FICEP asking for the eIDAS minimum attribute set (AttributeConsumingService 99), answered at /api/auth/eidas/acs.',
  })
  @ApiFoundResponse({ description: 'Redirect to FICEP' })
  async eidasLogin(@Query() q: LoginQuery, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.auth.startLogin('eidas', q));
  }

  @Post('spid/acs')
  @StrictRateLimit('login')
  @Public({ csrf: false })
  @HttpCode(302)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ type: AcsBody })
  @ApiOperation({ summary: 'SPID AssertionConsumerService (HTTP-POST binding)' })
  @ApiFoundResponse({ description: 'To the SPA on success, to its courtesy page otherwise' })
  spidAcs(@Body() body: AcsBody, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.acs('spid', body, req, res);
  }

  @Post('cie/acs')
  @StrictRateLimit('login')
  @Public({ csrf: false })
  @HttpCode(302)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ type: AcsBody })
  @ApiOperation({ summary: 'CIE AssertionConsumerService (HTTP-POST binding)' })
  @ApiFoundResponse({ description: 'To the SPA on success, to its courtesy page otherwise' })
  cieAcs(@Body() body: AcsBody, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.acs('cie', body, req, res);
  }

  @Post('eidas/acs')
  @StrictRateLimit('login')
  @Public({ csrf: false })
  @HttpCode(302)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ type: AcsBody })
  @ApiOperation({
    summary: 'eIDAS AssertionConsumerService (HTTP-POST binding, answers of FICEP)',
    description:
      'Verifies the response like the SPID ACS; the eIDAS PersonIdentifier logs in as the registered person a CPI operator linked it to, else the courtesy page (code eidas-unlinked).',
  })
  @ApiFoundResponse({ description: 'To the SPA on success, to its courtesy page otherwise' })
  eidasAcs(@Body() body: AcsBody, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.acs('eidas', body, req, res);
  }

  @Get('spid/slo')
  @StrictRateLimit('login')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "SPID (and eIDAS) SingleLogoutService, HTTP-Redirect: the IdP's signed LogoutRequest or LogoutResponse",
    description:
      'A signed LogoutRequest of the IdP that opened the session ends the sessions of its NameID/SessionIndex and is answered with our signed LogoutResponse; a signed LogoutResponse to our LogoutRequest returns the browser to the SPA. Anything else: 400 SAML_LOGOUT_INVALID.',
  })
  @ApiFoundResponse({ description: 'To the IdP with our signed LogoutResponse, or to the SPA after our logout completed' })
  async spidSlo(@Query() _q: SloQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.slo('spid', req, res);
  }

  @Get('cie/slo')
  @StrictRateLimit('login')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "CIE SingleLogoutService, HTTP-Redirect: the IdP's signed LogoutRequest or LogoutResponse",
    description: 'As the SPID SingleLogoutService, for the CIE identity provider.',
  })
  @ApiFoundResponse({ description: 'To the IdP with our signed LogoutResponse, or to the SPA after our logout completed' })
  async cieSlo(@Query() _q: SloQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.slo('cie', req, res);
  }

  @Get('spid/metadata')
  @Public()
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({ summary: 'Signed SPID service-provider metadata (public body: IPACode extension)' })
  spidMetadata(@Res() res: Response): void {
    res.type('application/samlmetadata+xml').send(this.auth.metadata('spid'));
  }

  @Get('cie/metadata')
  @Public()
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({ summary: 'Signed CIE service-provider metadata' })
  cieMetadata(@Res() res: Response): void {
    res.type('application/samlmetadata+xml').send(this.auth.metadata('cie'));
  }

  @Get('eidas/metadata')
  @Public()
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({
    summary: 'Signed SP metadata for FICEP: the SPID metadata, with the eIDAS ACS and attribute set 99',
    description: 'FICEP is an identity provider of the SPID federation, so this is the SPID metadata document (same entityID).',
  })
  eidasMetadata(@Res() res: Response): void {
    res.type('application/samlmetadata+xml').send(this.auth.metadata('eidas'));
  }

  @Post('logout')
  @Allow(ALL_ROLES, { minLevel: 1 })
  @HttpCode(200)
  @ApiOperation({ summary: "Ends the session (requires X-CSRF-Token); redirectTo is the IdP's Single Logout with our signed LogoutRequest, when it has one" })
  @ApiOkResponse({ type: LogoutResponse })
  async logout(@Ctx() ctx: RequestContext, @Res({ passthrough: true }) res: Response): Promise<LogoutResponse> {
    const redirectTo = await this.auth.logout(ctx.principal);
    res.clearCookie(SESSION_COOKIE, { ...this.sessions.cookieOptions(), maxAge: undefined });
    return { redirectTo };
  }

  private async slo(kind: IdentityProviderKind, req: Request, res: Response): Promise<void> {
    const outcome = await this.singleLogout.receive(kind, req.originalUrl);
    if (outcome.clearCookie) res.clearCookie(SESSION_COOKIE, { ...this.sessions.cookieOptions(), maxAge: undefined });
    res.redirect(302, outcome.redirectTo);
  }

  private async acs(kind: IdentityProviderKind, body: AcsBody, req: Request, res: Response): Promise<void> {
    const ua = req.headers['user-agent'];
    const result = await this.auth.completeLogin(kind, body.SAMLResponse, {
      ip: req.ip ?? null,
      userAgent: typeof ua === 'string' ? ua.slice(0, 400) : null,
      correlationId: correlationIdOf(req),
    });
    if (result.token) res.cookie(SESSION_COOKIE, result.token, this.sessions.cookieOptions());
    res.redirect(302, result.redirectTo);
  }
}
