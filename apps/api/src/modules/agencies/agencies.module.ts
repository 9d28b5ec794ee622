import { Global, Module } from '@nestjs/common';
import { AGENCY_TOKEN_VERIFIER } from '../../platform/auth/agency-token-verifier';
import { ConsentModule } from '../consent/consent.module';
import { DossierModule } from '../dossier/dossier.module';
import { MatchingModule } from '../matching/matching.module';
import { RegistryModule } from '../registry/registry.module';
import { IdempotencyModule } from '../../platform/idempotency/idempotency.module';
import { ReadinessCheck } from '../../platform/status/readiness.check';
import { AccreditationRegistryService } from './accreditation/accreditation-registry.service';
import { AccreditationRepository } from './accreditation/accreditation.repository';
import { AgencyApiController } from './agency-api.controller';
import { OperatorAccreditationController } from './operator-accreditation.controller';
import { AGENCY_WORK_CONTROLLERS, AGENCY_WORK_PROVIDERS } from './agency-work.providers';
import { AgencyOAuthController } from './agency-oauth.controller';
import { AgencyAuthRepository } from './auth/agency-auth.repository';
import { AgencyTokenVerifierService } from './auth/agency-token.verifier';
import { TokenService } from './auth/token.service';

/**
 * Agencies (issue 14): machine access for accredited agencies (OAuth 2.0 client credentials with private_key_jwt,
 * bearer tokens checked against the accreditation on every request), the region's accreditation registry, and the
 * agencies' work through `/api/agency/v1`. Global only to provide AGENCY_TOKEN_VERIFIER to the auth guard.
 */
@Global()
@Module({
  imports: [RegistryModule, ConsentModule, MatchingModule, DossierModule, IdempotencyModule],
  controllers: [AgencyOAuthController, AgencyApiController, OperatorAccreditationController, ...AGENCY_WORK_CONTROLLERS],
  providers: [
    ReadinessCheck,
    AgencyAuthRepository,
    TokenService,
    AgencyTokenVerifierService,
    AccreditationRepository,
    AccreditationRegistryService,
    { provide: AGENCY_TOKEN_VERIFIER, useExisting: AgencyTokenVerifierService },
    ...AGENCY_WORK_PROVIDERS,
  ],
  exports: [AGENCY_TOKEN_VERIFIER],
})
export class AgenciesModule {}
