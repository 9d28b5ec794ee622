import { AccessTokenEntity } from './entities/access-token.entity';
import { AccreditationEntity } from './entities/accreditation.entity';
import { AgencyClientEntity } from './entities/agency-client.entity';
import { AgencyVacancyEntity } from './entities/agency-vacancy.entity';
import { AssignmentEntity } from './entities/assignment.entity';
import { DeliveredServiceEntity } from './entities/delivered-service.entity';
import { OutcomeEntity } from './entities/outcome.entity';
import { ServiceCodeEntity } from './entities/service-code.entity';
import { UsedAssertionEntity } from './entities/used-assertion.entity';
import { WebhookAttemptEntity } from './entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity';

/** The `agencies` schema (issue 14): access (accreditations, clients, assertions, tokens) and agency work (assignments, services, outcomes, vacancies, webhooks). */
export const AGENCIES_ENTITIES = [
  AccreditationEntity,
  AgencyClientEntity,
  UsedAssertionEntity,
  AccessTokenEntity,
  AssignmentEntity,
  ServiceCodeEntity,
  DeliveredServiceEntity,
  OutcomeEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  AgencyVacancyEntity,
];
