import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RegistryModule } from '../registry/registry.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { AuthnRequestRepository } from './authn-request.repository';
import { IdpRegistry } from './saml/idp-registry';
import { ResponseVerifier } from './saml/response-verifier';
import { SpCredentials } from './saml/sp-credentials';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { EidasIdentityRepository } from './eidas/eidas-identity.repository';
import { EidasLinkService } from './eidas/eidas-link.service';
import { OperatorEidasLinksController } from './eidas/operator-eidas-links.controller';
import { SingleLogoutRepository } from './single-logout.repository';
import { SingleLogoutService } from './single-logout.service';

@Module({
  imports: [RegistryModule],
  controllers: [AuthController, OperatorEidasLinksController],
  providers: [
    AuthService,
    AuthnRequestRepository,
    IdpRegistry,
    ResponseVerifier,
    SpCredentials,
    SessionService,
    SessionRepository,
    SingleLogoutRepository,
    SingleLogoutService,
    EidasIdentityRepository,
    EidasLinkService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class IdentityModule {}
