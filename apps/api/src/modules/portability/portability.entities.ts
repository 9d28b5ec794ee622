import { DossierExportEntity } from './entities/dossier-export.entity';
import { ImportedDossierEntity } from './entities/imported-dossier.entity';
import { ImportedFileEntity } from './entities/imported-file.entity';
import { ImportedSectionEntity } from './entities/imported-section.entity';

/** The portability module's entities (schema `portability`); apps/api/src/database/entities.ts concatenates the lists. */
export const PORTABILITY_ENTITIES = [DossierExportEntity, ImportedDossierEntity, ImportedSectionEntity, ImportedFileEntity];
