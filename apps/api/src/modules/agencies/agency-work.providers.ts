import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumers } from '../../platform/events/event-consumers';
import { AgencyVacanciesController } from './agency-vacancies/agency-vacancies.controller';
import { AgencyVacanciesRepository } from './agency-vacancies/agency-vacancies.repository';
import { AgencyVacanciesWorkService } from './agency-vacancies/agency-vacancies.service';
import { AgencyAssignmentsController } from './assignments/agency-assignments.controller';
import { AgencyPersonView } from './assignments/agency-person-view';
import { AssignFromPattoConsumer } from './assignments/assign-from-patto.consumer';
import { AssignmentsRepository } from './assignments/assignments.repository';
import { AssignmentsService } from './assignments/assignments.service';
import { OperatorAgencyWorkController } from './assignments/operator-agency-work.controller';
import { AgencyServicesController } from './delivered-services/agency-services.controller';
import { DeliveredServicesRepository } from './delivered-services/delivered-services.repository';
import { DeliveredServicesService } from './delivered-services/delivered-services.service';
import { PathwayService } from './delivered-services/pathway.service';
import { AgencyOutcomesController } from './outcomes/agency-outcomes.controller';
import { OutcomesService } from './outcomes/outcomes.service';
import { AgencyWebhooksController } from './webhooks/agency-webhooks.controller';
import { OperatorWebhooksController } from './webhooks/operator-webhooks.controller';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookFanOutConsumer } from './webhooks/webhook-fanout.consumer';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhooksService } from './webhooks/webhooks.service';

/** Registers the agency work's event consumers (assignment from a signed patto; webhook fan-out). */
@Injectable()
export class AgencyWorkConsumers implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly assignFromPatto: AssignFromPattoConsumer,
    private readonly webhooks: WebhookFanOutConsumer,
  ) {}

  onModuleInit(): void {
    this.consumers.register(this.assignFromPatto);
    this.consumers.register(this.webhooks);
  }
}

/** Agency work (assignments, delivered services, outcomes, webhooks): spread into AgenciesModule (which imports ConsentModule for the person view). */
export const AGENCY_WORK_CONTROLLERS = [
  AgencyAssignmentsController,
  AgencyServicesController,
  AgencyOutcomesController,
  AgencyWebhooksController,
  AgencyVacanciesController,
  OperatorAgencyWorkController,
  OperatorWebhooksController,
];
export const AGENCY_WORK_PROVIDERS = [
  AssignmentsRepository,
  AgencyPersonView,
  AssignmentsService,
  DeliveredServicesRepository,
  DeliveredServicesService,
  PathwayService,
  OutcomesService,
  WebhooksRepository,
  WebhookDispatcher,
  WebhooksService,
  AssignFromPattoConsumer,
  WebhookFanOutConsumer,
  AgencyWorkConsumers,
  AgencyVacanciesRepository,
  AgencyVacanciesWorkService,
];
