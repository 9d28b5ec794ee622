import { Module } from '@nestjs/common';
import { SealService } from '../../platform/pdf/seal.service';
import { AgendaModule } from '../agenda/agenda.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { CertificateDataService } from './certificates/certificate-data.service';
import { CertificatesRepository } from './certificates/certificates.repository';
import { CertificatesService } from './certificates/certificates.service';
import { CitizenCertificazioniController } from './citizen-certificazioni.controller';
import { CitizenCredentialsController } from './citizen-credentials.controller';
import { CredentialRoutesService } from './credentials/credential-routes.service';
import { CredentialVerifierService } from './credentials/credential-verifier.service';
import { CredentialsRepository } from './credentials/credentials.repository';
import { CredentialsService } from './credentials/credentials.service';
import { IssuerKeyService } from './credentials/issuer-key.service';
import { StatusListService } from './credentials/status-list.service';
import { DidDocumentController } from './did-document.controller';
import { OperatorCertificazioniController } from './operator-certificazioni.controller';
import { OperatorCredentialsController } from './operator-credentials.controller';
import { PublicCertificatesController } from './public-certificates.controller';
import { PublicCredentialsController } from './public-credentials.controller';
import { VerificationService } from './verification/verification.service';

/**
 * Sealed self-service certificates anyone can verify, and Open Badges 3.0 credentials (issue 15). Exports the credential
 * issuer (CredentialsService, for ivc) and the body's issuer key (IssuerKeyService, e.g. to sign dossier bundles).
 */
@Module({
  imports: [RegistryModule, PattoModule, AgendaModule],
  controllers: [
    CitizenCertificazioniController,
    OperatorCertificazioniController,
    PublicCertificatesController,
    CitizenCredentialsController,
    OperatorCredentialsController,
    PublicCredentialsController,
    DidDocumentController,
  ],
  providers: [
    SealService,
    CertificatesRepository,
    CertificateDataService,
    CertificatesService,
    VerificationService,
    IssuerKeyService,
    CredentialsRepository,
    CredentialsService,
    StatusListService,
    CredentialVerifierService,
    CredentialRoutesService,
  ],
  exports: [CredentialsService, IssuerKeyService, CertificatesService], // CertificatesService: the person's certificates, read by portability
})
export class CertificazioniModule {}
