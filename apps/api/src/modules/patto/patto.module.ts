import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { DossierModule } from '../dossier/dossier.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegistryModule } from '../registry/registry.module';
import { CitizenDidController } from './did/citizen-did.controller';
import { DidService } from './did/did.service';
import { AgencyPattiController } from './patti/agency-patti.controller';
import { CitizenPattiController } from './patti/citizen-patti.controller';
import { OperatorPattiController } from './patti/operator-patti.controller';
import { PattiService } from './patti/patti.service';
import { CitizenPlanController } from './plan/citizen-plan.controller';
import { OperatorEcoachController } from './plan/operator-ecoach.controller';
import { PlanService } from './plan/plan.service';

/** Taking charge of a person: DID, channel, profiling, the patto and its signatures, the plan and the e-coach. */
@Module({
  imports: [RegistryModule, AgendaModule, DossierModule, NotificationsModule],
  controllers: [CitizenDidController, OperatorPattiController, CitizenPattiController, AgencyPattiController, CitizenPlanController, OperatorEcoachController],
  providers: [DidService, PattiService, PlanService],
  exports: [DidService],
})
export class PattoModule {}
