import { Module } from '@nestjs/common';
import { SealService } from '../../platform/pdf/seal.service';
import { AgendaModule } from '../agenda/agenda.module';
import { CertificazioniModule } from '../certificazioni/certificazioni.module';
import { CondizionalitaModule } from '../condizionalita/condizionalita.module';
import { DossierModule } from '../dossier/dossier.module';
import { MatchingModule } from '../matching/matching.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { CitizenPortabilityController } from './citizen-portability.controller';
import { BundleBuilder } from './export/bundle-builder';
import { DossierCollectorService } from './export/dossier-collector.service';
import { ExportJob } from './export/export.job';
import { ExportsRepository } from './export/exports.repository';
import { ExportsService } from './export/exports.service';
import { BundleVerifier } from './import/bundle-verifier';
import { ImportsRepository } from './import/imports.repository';
import { ImportsService } from './import/imports.service';
import { OperatorPortabilityController } from './operator-portability.controller';
import { PublicPortabilityController } from './public-portability.controller';

/**
 * The worker's dossier (issue 15, third part): the person's export (GDPR art. 15 and 20) read from each owning module's
 * exported service, prepared by a job and signed with the body's issuer key; another region's bundle imported as
 * read-only history. Exports nothing.
 */
@Module({
  imports: [RegistryModule, PattoModule, AgendaModule, DossierModule, MatchingModule, CondizionalitaModule, CertificazioniModule],
  controllers: [CitizenPortabilityController, OperatorPortabilityController, PublicPortabilityController],
  providers: [SealService, ExportsRepository, DossierCollectorService, BundleBuilder, ExportJob, ExportsService, ImportsRepository, BundleVerifier, ImportsService],
})
export class PortabilityModule {}
