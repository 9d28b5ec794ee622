import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ImportedDossierEntity } from '../entities/imported-dossier.entity';
import { ImportedFileEntity } from '../entities/imported-file.entity';
import { ImportedSectionEntity } from '../entities/imported-section.entity';

export type NewImportedDossier = Omit<ImportedDossierEntity, 'id' | 'importedAt'>;
export type ImportedFileRow = Omit<ImportedFileEntity, 'bytes' | 'dossier'>;

/** Every query of the imported dossiers (inserts only: the history is read-only, a trigger refuses the rest). */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(
    m: EntityManager,
    d: NewImportedDossier,
    sections: { key: string; data: unknown }[],
    files: Omit<ImportedFileEntity, 'id' | 'dossierId' | 'dossier'>[],
  ): Promise<ImportedDossierEntity> {
    const saved = await m.getRepository(ImportedDossierEntity).save(m.getRepository(ImportedDossierEntity).create(d));
    if (sections.length) await m.getRepository(ImportedSectionEntity).insert(sections.map((s) => ({ dossierId: saved.id, key: s.key, data: s.data as object })));
    for (const f of files) await m.getRepository(ImportedFileEntity).insert({ ...f, dossierId: saved.id });
    return saved;
  }

  byExport(m: EntityManager, issuerId: string, exportId: string): Promise<ImportedDossierEntity | null> {
    return m.getRepository(ImportedDossierEntity).findOne({ where: { issuerId, exportId } });
  }

  byId(id: string): Promise<ImportedDossierEntity | null> {
    return this.db.getRepository(ImportedDossierEntity).findOne({ where: { id } });
  }

  ofFiscalCode(fiscalCode: string): Promise<ImportedDossierEntity[]> {
    return this.db.getRepository(ImportedDossierEntity).find({ where: { fiscalCode }, order: { importedAt: 'DESC' } });
  }

  ofOffices(officeIds: string[]): Promise<ImportedDossierEntity[]> {
    if (officeIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ImportedDossierEntity).find({ where: { importedByOfficeId: In(officeIds) }, order: { importedAt: 'DESC' }, take: 100 });
  }

  sectionsOf(dossierId: string): Promise<ImportedSectionEntity[]> {
    return this.db.getRepository(ImportedSectionEntity).find({ where: { dossierId } });
  }

  filesOf(dossierId: string): Promise<ImportedFileRow[]> {
    return this.db
      .getRepository(ImportedFileEntity)
      .find({ select: ['id', 'dossierId', 'path', 'fileName', 'mimeType', 'section', 'sha256', 'sizeBytes'], where: { dossierId }, order: { path: 'ASC' } });
  }

  file(dossierId: string, fileId: string): Promise<ImportedFileEntity | null> {
    return this.db.getRepository(ImportedFileEntity).findOne({ where: { dossierId, id: fileId } });
  }
}
