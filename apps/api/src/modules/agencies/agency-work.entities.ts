import { AgencyVacancyEntity } from './entities/agency-vacancy.entity';
import { AssignmentEntity } from './entities/assignment.entity';
import { DeliveredServiceEntity } from './entities/delivered-service.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { ServiceCodeEntity } from './entities/service-code.entity';
import { WebhookAttemptEntity } from './entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity';

/** Agency work (assignments, delivered services, outcomes, webhooks), spread into AGENCIES_ENTITIES. */
export const AGENCY_WORK_ENTITIES = [
  AssignmentEntity,
  ServiceCodeEntity,
  DeliveredServiceEntity,
  OutcomeEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  AgencyVacancyEntity,
];
