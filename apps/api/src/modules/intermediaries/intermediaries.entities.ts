import { DelegatedActionEntity } from './entities/delegated-action.entity';
import { DelegationEntity } from './entities/delegation.entity';
import { IntermediaryOperatorEntity } from './entities/intermediary-operator.entity';
import { OrganisationEntity } from './entities/organisation.entity';

/**
 * The intermediaries module's entities (schema `intermediaries`), registered by the module that owns them.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const INTERMEDIARIES_ENTITIES = [OrganisationEntity, IntermediaryOperatorEntity, DelegationEntity, DelegatedActionEntity];
