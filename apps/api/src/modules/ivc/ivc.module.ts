import { Module } from '@nestjs/common';
import { SealService } from '../../platform/pdf/seal.service';
import { CertificazioniModule } from '../certificazioni/certificazioni.module';
import { DossierModule } from '../dossier/dossier.module';
import { MatchingModule } from '../matching/matching.module';
import { RegistryModule } from '../registry/registry.module';
import { AssessorIvcController } from './assessor-ivc.controller';
import { AssessorsRepository } from './assessors/assessors.repository';
import { AssessorsService } from './assessors/assessors.service';
import { CaseAccessService } from './cases/case-access.service';
import { CasesRepository } from './cases/cases.repository';
import { CasesService } from './cases/cases.service';
import { IdentificationService } from './cases/identification.service';
import { ValidationService } from './cases/validation.service';
import { CitizenIvcController } from './citizen-ivc.controller';
import { OperatorIvcController } from './operator-ivc.controller';
import { OutputsService } from './outputs/outputs.service';
import { RepertoireRepository } from './repertoire/repertoire.repository';
import { RepertoireService } from './repertoire/repertoire.service';

/**
 * Validation and certification of competences (IVC, D.Lgs. 13/2013; issue 15): the regional repertoire as data, cases
 * through identification, validation and certification, sealed outputs with Open Badges (CredentialsService), the
 * `ivc_assessor` role (a RoleSource) and validated competences added to the matching profile (MatchingProfilesService).
 */
@Module({
  imports: [RegistryModule, MatchingModule, DossierModule, CertificazioniModule],
  controllers: [CitizenIvcController, OperatorIvcController, AssessorIvcController],
  providers: [
    SealService,
    RepertoireRepository,
    RepertoireService,
    AssessorsRepository,
    AssessorsService,
    CasesRepository,
    CaseAccessService,
    CasesService,
    IdentificationService,
    ValidationService,
    OutputsService,
  ],
})
export class IvcModule {}
