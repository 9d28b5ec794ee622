import { ChannelProfileEntity } from './entities/channel-profile.entity';
import { CoachAlertEntity } from './entities/coach-alert.entity';
import { DidEntity } from './entities/did.entity';
import { LegalParameterEntity } from './entities/legal-parameter.entity';
import { PattoSignatureEntity } from './entities/patto-signature.entity';
import { PattoTemplateEntity } from './entities/patto-template.entity';
import { PattoVersionEntity } from './entities/patto-version.entity';
import { PattoEntity } from './entities/patto.entity';
import { PlanItemEntity } from './entities/plan-item.entity';
import { ProfilingModelEntity } from './entities/profiling-model.entity';
import { ProfilingEntity } from './entities/profiling.entity';
import { SignatureChallengeEntity } from './entities/signature-challenge.entity';

/**
 * The patto module's entities (schema `patto`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const PATTO_ENTITIES = [
  LegalParameterEntity,
  DidEntity,
  ChannelProfileEntity,
  ProfilingModelEntity,
  ProfilingEntity,
  PattoTemplateEntity,
  PattoEntity,
  PattoVersionEntity,
  PattoSignatureEntity,
  SignatureChallengeEntity,
  PlanItemEntity,
  CoachAlertEntity,
];
