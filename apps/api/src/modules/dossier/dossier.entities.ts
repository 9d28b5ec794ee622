import { BlobEntity } from './entities/blob.entity';
import { DocumentEntity } from './entities/document.entity';
import { DossierMessageEntity } from './entities/dossier-message.entity';

/**
 * The dossier module's entities (schema `dossier`), registered by the module that owns them: a new entity goes here.
 * apps/api/src/database/entities.ts concatenates the lists for the DataSource.
 */
export const DOSSIER_ENTITIES = [DocumentEntity, BlobEntity, DossierMessageEntity];
