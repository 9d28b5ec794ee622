import { CallbackRequestEntity } from './entities/callback-request.entity';

/** The assistance module's entities (schema `assistance`); apps/api/src/database/entities.ts concatenates the lists. */
export const ASSISTANCE_ENTITIES = [CallbackRequestEntity];
