import { Module } from '@nestjs/common';
import { SealService } from '../../platform/pdf/seal.service';
import { AgendaModule } from '../agenda/agenda.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { CertificateDataService } from './certificates/certificate-data.service';
import { CertificatesRepository } from './certificates/certificates.repository';
import { CertificatesService } from './certificates/certificates.service';
import { CitizenCertificazioniController } from './citizen-certificazioni.controller';
import { OperatorCertificazioniController } from './operator-certificazioni.controller';
import { PublicCertificatesController } from './public-certificates.controller';
import { VerificationService } from './verification/verification.service';

/** Sealed self-service certificates anyone can verify (issue 15, first part). */
@Module({
  imports: [RegistryModule, PattoModule, AgendaModule],
  controllers: [CitizenCertificazioniController, OperatorCertificazioniController, PublicCertificatesController],
  providers: [SealService, CertificatesRepository, CertificateDataService, CertificatesService, VerificationService],
})
export class CertificazioniModule {}
