import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImportedDossierEntity } from './imported-dossier.entity';

/** One section of an imported dossier (registry, did, patti, ...) as the other region exported it. Read-only. */
@Entity({ schema: 'portability', name: 'imported_sections' })
@Index('imported_sections_key', ['dossierId', 'key'], { unique: true })
export class ImportedSectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'imported_sections_pkey' }) id!: string;
  @Column({ type: 'uuid' }) dossierId!: string;
  @ManyToOne(() => ImportedDossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id', foreignKeyConstraintName: 'imported_sections_dossier_fk' })
  dossier?: ImportedDossierEntity;
  @Column({ type: 'varchar', length: 40 }) key!: string;
  /** null: the section was empty in the other region (e.g. no profiling yet) */
  @Column({ type: 'jsonb', nullable: true }) data!: unknown;
}
