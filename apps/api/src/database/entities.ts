import { PLATFORM_ENTITIES } from '../platform/platform.entities';
import { CONSENT_ENTITIES } from '../modules/consent/consent.entities';
import { CERTIFICAZIONI_ENTITIES } from '../modules/certificazioni/certificazioni.entities';
import { PORTABILITY_ENTITIES } from '../modules/portability/portability.entities';
import { SURVEYS_ENTITIES } from '../modules/surveys/surveys.entities';
import { ASSISTANCE_ENTITIES } from '../modules/assistance/assistance.entities';
import { IVC_ENTITIES } from '../modules/ivc/ivc.entities';
import { MONITORING_ENTITIES } from '../modules/monitoring/monitoring.entities';
import { IDENTITY_ENTITIES } from '../modules/identity/identity.entities';
import { REGISTRY_ENTITIES } from '../modules/registry/registry.entities';
import { AGENDA_ENTITIES } from '../modules/agenda/agenda.entities';
import { NOTIFICATIONS_ENTITIES } from '../modules/notifications/notifications.entities';
import { PATTO_ENTITIES } from '../modules/patto/patto.entities';
import { DOSSIER_ENTITIES } from '../modules/dossier/dossier.entities';
import { MATCHING_ENTITIES } from '../modules/matching/matching.entities';
import { INTERMEDIARIES_ENTITIES } from '../modules/intermediaries/intermediaries.entities';
import { AGENCIES_ENTITIES } from '../modules/agencies/agencies.entities';
import { SendEntity } from '../modules/national-systems/entities/send.entity';
import { ConditionalityParameterEntity } from '../modules/condizionalita/entities/legal-parameter.entity';
import { SanctionRuleEntity } from '../modules/condizionalita/entities/sanction-rule.entity';
import { IntakeDecisionEntity } from '../modules/condizionalita/entities/intake-decision.entity';
import { ConditionalityCaseEntity } from '../modules/condizionalita/entities/case.entity';
import { JustificationEntity } from '../modules/condizionalita/entities/justification.entity';
import { DecisionEntity } from '../modules/condizionalita/entities/decision.entity';
import { MeasureEntity } from '../modules/condizionalita/entities/measure.entity';
import { CaseEventEntity } from '../modules/condizionalita/entities/case-event.entity';
import { ConvocationEvidenceEntity } from '../modules/condizionalita/entities/convocation-evidence.entity';
import { CAMPAIGNS_ENTITIES } from '../modules/campaigns/campaigns.entities';

/**
 * Every entity, for the DataSource (migrations, drift check) and the app. Each module registers its own in
 * `<module>.entities.ts` (the platform's in platform/platform.entities.ts); this file only concatenates the lists.
 */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...REGISTRY_ENTITIES,
  ...AGENDA_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...PATTO_ENTITIES,
  ...DOSSIER_ENTITIES,
  ...MATCHING_ENTITIES,
  ...INTERMEDIARIES_ENTITIES,
  ...AGENCIES_ENTITIES,
  ...CONSENT_ENTITIES,
  ...CERTIFICAZIONI_ENTITIES,
  ...CAMPAIGNS_ENTITIES,
  ...PORTABILITY_ENTITIES,
  ...SURVEYS_ENTITIES,
  ...ASSISTANCE_ENTITIES,
  ...IVC_ENTITIES,
  ...MONITORING_ENTITIES,
  // modules still being built (national-systems, condizionalita) list theirs here until they have a <module>.entities.ts
  SendEntity,
  ConditionalityParameterEntity,
  SanctionRuleEntity,
  IntakeDecisionEntity,
  ConditionalityCaseEntity,
  JustificationEntity,
  DecisionEntity,
  MeasureEntity,
  CaseEventEntity,
  ConvocationEvidenceEntity,
];
