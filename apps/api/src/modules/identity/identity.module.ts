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
import { SessionService } from './session.service';

@Module({
  imports: [RegistryModule],
  controllers: [AuthController],
  providers: [
    AuthService, AuthnRequestRepository, IdpRegistry, ResponseVerifier, SpCredentials, SessionService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
})
export class IdentityModule {}
