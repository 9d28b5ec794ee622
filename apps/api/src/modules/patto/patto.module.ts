import { Module, type OnModuleInit } from '@nestjs/common';
import { EventConsumers } from '../../platform/events/event-consumers';
import { AgendaModule } from '../agenda/agenda.module';
import { ConsentModule } from '../consent/consent.module';
import { DossierModule } from '../dossier/dossier.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegistryModule } from '../registry/registry.module';
import { CitizenDidController } from './did/citizen-did.controller';
import { AgencyServiceConsumer } from './consumers/agency-service.consumer';
import { DidRepository } from './did/did.repository';
import { DidService } from './did/did.service';
import { DraftingService } from './drafting/drafting.service';
import { OverdueEventsJob } from './jobs/overdue-events.job';
import { AgencyPattiController } from './patti/agency-patti.controller';
import { CitizenPattiController } from './patti/citizen-patti.controller';
import { OperatorPattiController } from './patti/operator-patti.controller';
import { PattiRepository } from './patti/patti.repository';
import { PattoScopeService } from './patti/patto-scope.service';
import { PattoViewService } from './patti/patto-view.service';
import { WorklistService } from './patti/worklist.service';
import { CitizenPlanController } from './plan/citizen-plan.controller';
import { EcoachService } from './plan/ecoach.service';
import { OperatorEcoachController } from './plan/operator-ecoach.controller';
import { PlanRepository } from './plan/plan.repository';
import { PlanService } from './plan/plan.service';
import { ProfilingRepository } from './profiling/profiling.repository';
import { ProfilingService } from './profiling/profiling.service';
import { ProfessionalProfileSource } from './profile-facts/professional-profile-source';
import { SignatureRepository } from './signature/signature.repository';
import { SignatureService } from './signature/signature.service';
import { PattoTimelineRepository } from './timeline/patto-timeline.repository';
import { PattoTimelineService } from './timeline/patto-timeline.service';
import { PattoKpiRepository } from './kpi/patto-kpi.repository';
import { PattoKpiService } from './kpi/patto-kpi.service';

/**
 * Taking charge of a person: DID, channel, profiling, the patto (drafting, signatures, views and PDF), the plan and the
 * e-coach (with the services agencies delivered: `patto.agency-services`), the timeline entries, and the overdue events of issue 13. One use case per folder; repositories own SQL.
 */
@Module({
  imports: [RegistryModule, AgendaModule, DossierModule, NotificationsModule, ConsentModule],
  controllers: [CitizenDidController, OperatorPattiController, CitizenPattiController, AgencyPattiController, CitizenPlanController, OperatorEcoachController],
  providers: [
    DidRepository,
    ProfilingRepository,
    PattiRepository,
    SignatureRepository,
    PlanRepository,
    PattoTimelineRepository,
    DidService,
    ProfilingService,
    PattoScopeService,
    PattoViewService,
    WorklistService,
    DraftingService,
    SignatureService,
    PlanService,
    EcoachService,
    PattoTimelineService,
    OverdueEventsJob,
    AgencyServiceConsumer,
    PattoKpiRepository,
    PattoKpiService,
    ProfessionalProfileSource, // matching registers the reader of the professional profile
  ],
  exports: [PattoKpiService, DidService, PattoViewService, ProfilingService, PlanService, ProfessionalProfileSource], // profiling and plan: read by portability (the person's dossier)
})
export class PattoModule implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly agencyServices: AgencyServiceConsumer,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this.agencyServices);
  }
}
