import { AuthnRequestEntity } from './entities/authn-request.entity';
import { EidasIdentityEntity } from './entities/eidas-identity.entity';
import { LogoutRequestEntity } from './entities/logout-request.entity';
import { SessionEntity } from './entities/session.entity';

/**
 * The identity module's entities (schema `identity`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const IDENTITY_ENTITIES = [AuthnRequestEntity, SessionEntity, LogoutRequestEntity, EidasIdentityEntity];
