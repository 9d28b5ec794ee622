import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImportedDossierEntity } from './imported-dossier.entity';

/** A file of an imported dossier (documents, certificates' sealed PDFs, the summary), its hash checked on import. Read-only. */
@Entity({ schema: 'portability', name: 'imported_files' })
@Index('imported_files_path_key', ['dossierId', 'path'], { unique: true })
export class ImportedFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'imported_files_pkey' }) id!: string;
  @Column({ type: 'uuid' }) dossierId!: string;
  @ManyToOne(() => ImportedDossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'imported_files_dossier_fk' })
  dossier?: ImportedDossierEntity;
  @Column({ type: 'varchar', length: 300 }) path!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 100 }) mimeType!: string;
  @Column({ type: 'varchar', length: 40 }) section!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'int' }) sizeBytes!: number;
  @Column({ type: 'bytea' }) bytes!: Buffer;
}
