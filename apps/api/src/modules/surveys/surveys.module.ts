import { Module, type OnModuleInit } from '@nestjs/common';
import { EventConsumers } from '../../platform/events/event-consumers';
import { AgendaModule } from '../agenda/agenda.module';
import { RegistryModule } from '../registry/registry.module';
import { SurveyAnswersService } from './answers/survey-answers.service';
import { CitizenSurveysController } from './citizen-surveys.controller';
import { SurveyInvitationConsumer } from './consumers/survey-invitation.consumer';
import { SurveyInvitationsService } from './invitations/survey-invitations.service';
import { OperatorSurveysController } from './operator-surveys.controller';
import { PublicSurveysController } from './public-surveys.controller';
import { SurveyResultsService } from './results/survey-results.service';
import { SurveysKpiService } from './surveys-kpi.service';
import { SurveysRepository } from './surveys.repository';

/** Satisfaction surveys after each service (issue 16): invitations from events, signed links, answers, results. */
@Module({
  imports: [RegistryModule, AgendaModule],
  controllers: [PublicSurveysController, CitizenSurveysController, OperatorSurveysController],
  providers: [SurveysRepository, SurveyInvitationsService, SurveyAnswersService, SurveyResultsService, SurveysKpiService, SurveyInvitationConsumer],
  exports: [SurveysKpiService], // satisfaction aggregates for the KPI dashboards
})
export class SurveysModule implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly invite: SurveyInvitationConsumer,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this.invite);
  }
}
