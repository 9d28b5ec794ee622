import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../platform/auth/policy.decorator';
import { SloQuery } from '../dto/slo.query';
import { DevIdpKindParam, DevIdpLogoutQuery, DevIdpRespondBody, DevIdpSsoQuery } from './dev-idp.dto';
import { autoPostPage, identityPage, messagePage, sessionsPage } from './dev-idp.page';
import { Env } from '../../../config/env';
import { DevIdpService, rawQueryParams } from './dev-idp.service';

/**
 * The IdP's pages post to our ACS, which redirects to a SPA on another origin; browsers apply the page's
 * `form-action` to that redirect too, so the SPA origins must be allowed (as a real IdP's page does).
 */
function idpPageCsp(env: Env): string {
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `form-action 'self' ${env.PUBLIC_API_URL} ${env.CITIZEN_WEB_URL} ${env.OPERATOR_WEB_URL}`,
  ].join('; ');
}

/** The development IdP (DEV_IDP=true only; refused at boot in production). */
@ApiTags('dev-idp')
@Controller('dev-idp')
export class DevIdpController {
  constructor(
    private readonly idp: DevIdpService,
    private readonly env: Env,
  ) {}

  @Get('autosubmit.js')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  script(): string {
    return "document.getElementById('saml-post').submit();\n";
  }

  @Get(':kind/metadata')
  @Public()
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @ApiProduces('application/samlmetadata+xml')
  @ApiOperation({ summary: 'Development IdP metadata' })
  metadata(@Param() p: DevIdpKindParam, @Res() res: Response): void {
    res.type('application/samlmetadata+xml').send(this.idp.metadata(p.kind));
  }

  @Get(':kind/sso')
  @Public()
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @ApiOperation({ summary: 'Development IdP SingleSignOnService (HTTP-Redirect): the test-identity page' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page listing the test identities' })
  sso(@Param() p: DevIdpKindParam, @Query() _q: DevIdpSsoQuery, @Req() req: Request, @Res() res: Response): void {
    const raw = rawQueryParams(req.originalUrl);
    const parsed = this.idp.parseRequest(p.kind, {
      SAMLRequest: raw.get('SAMLRequest'),
      RelayState: raw.get('RelayState'),
      SigAlg: raw.get('SigAlg'),
      Signature: raw.get('Signature'),
    });
    res.type('text/html').setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', idpPageCsp(this.env));
    res.send(identityPage(p.kind, parsed, this.idp.pickerEntries(p.kind)));
  }

  @Post(':kind/respond')
  @Public({ csrf: false })
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Issues the signed SAML Response for the chosen identity and posts it to the SP' })
  respond(@Param() p: DevIdpKindParam, @Body() body: DevIdpRespondBody, @Res() res: Response): void {
    const parsed = this.idp.parseRequest(p.kind, body);
    const out = this.idp.respond(p.kind, parsed, {
      ...(body.fiscalCode ? { fiscalCode: body.fiscalCode } : {}),
      ...(body.personIdentifier ? { personIdentifier: body.personIdentifier } : {}),
      ...(body.level ? { level: body.level } : {}),
      ...(body.error ? { error: body.error } : {}),
    });
    res.type('text/html').setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', idpPageCsp(this.env));
    res.send(autoPostPage(out.acs, out.samlResponse, out.relayState));
  }

  @Get(':kind/slo')
  @Public()
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @ApiOperation({ summary: "Development IdP SingleLogoutService (HTTP-Redirect): the SP's signed LogoutRequest or LogoutResponse" })
  @ApiProduces('text/html')
  slo(@Param() p: DevIdpKindParam, @Query() _q: SloQuery, @Req() req: Request, @Res() res: Response): void {
    const out = this.idp.singleLogout(p.kind, req.originalUrl);
    res.setHeader('Cache-Control', 'no-store');
    if ('redirectTo' in out) return res.redirect(302, out.redirectTo);
    res.setHeader('Content-Security-Policy', idpPageCsp(this.env));
    res.type('text/html').send(messagePage('Disconnessione completata', out.done ? 'Il servizio ha chiuso la sessione.' : 'Il servizio non ha potuto chiudere la sessione.'));
  }

  @Get(':kind/sessions')
  @Public()
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @ApiOperation({ summary: 'Sessions the development IdP opened, each with an IdP-initiated logout link' })
  @ApiProduces('text/html')
  sessionList(@Param() p: DevIdpKindParam, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', idpPageCsp(this.env));
    res.type('text/html').send(sessionsPage(p.kind, this.idp.sessions(p.kind)));
  }

  @Get(':kind/logout')
  @Public()
  @ApiExcludeEndpoint() // development only: left out of the published OpenAPI document
  @ApiOperation({ summary: "IdP-initiated logout: redirects to the SP's SingleLogoutService with a signed LogoutRequest" })
  logout(@Param() p: DevIdpKindParam, @Query() q: DevIdpLogoutQuery, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, this.idp.logoutRequestUrl(p.kind, q.nameId));
  }
}
