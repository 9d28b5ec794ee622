import { IndicatorDefinitionEntity } from './entities/indicator-definition.entity';
import { RefreshRunEntity } from './entities/refresh-run.entity';

/** The monitoring module's own tables (schema `monitoring`); the indicators' data are the owners' aggregate views. */
export const MONITORING_ENTITIES = [IndicatorDefinitionEntity, RefreshRunEntity];
