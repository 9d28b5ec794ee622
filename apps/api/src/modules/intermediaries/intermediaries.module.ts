import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { DossierModule } from '../dossier/dossier.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { ActingService } from './acting/acting.service';
import { CitizenIntermediariesController } from './citizen-intermediaries.controller';
import { DelegationsService } from './delegations/delegations.service';
import { SignedDelegationsService } from './delegations/signed-delegations.service';
import { IntermediariesRepository } from './intermediaries.repository';
import { IntermediaryController } from './intermediary.controller';
import { OperatorIntermediariesController } from './operator-intermediaries.controller';
import { OrganisationsService } from './organisations/organisations.service';

/**
 * Intermediaries (patronati, CAF, municipalities): the region's register, people's delegations, and acting for a person
 * through the owning modules' exported services. Gives the registry the `intermediary_staff` role source and the
 * dossier its timeline entries (registered by DelegationsService); exports nothing.
 */
@Module({
  imports: [RegistryModule, AgendaModule, PattoModule, DossierModule],
  controllers: [CitizenIntermediariesController, OperatorIntermediariesController, IntermediaryController],
  providers: [IntermediariesRepository, OrganisationsService, DelegationsService, SignedDelegationsService, ActingService],
})
export class IntermediariesModule {}
