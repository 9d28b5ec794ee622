import { ConsentGrantEntity } from './entities/consent-grant.entity';

/** The consent module's entities (schema `consent`); apps/api/src/database/entities.ts concatenates the lists. */
export const CONSENT_ENTITIES = [ConsentGrantEntity];
