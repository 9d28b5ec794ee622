import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A dossier another region's OpenCPI exported and an operator here imported, after its signature was checked against
 * the trusted issuers: read-only history (a trigger refuses updates and deletes), linked to the person by fiscal
 * code (the person may not be in this registry yet). `header` is dossier.json without its sections (stored apart).
 */
@Entity({ schema: 'portability', name: 'imported_dossiers' })
@Index('imported_dossiers_export_key', ['issuerId', 'exportId'], { unique: true })
@Index('imported_dossiers_fiscal_code_idx', ['fiscalCode', 'importedAt'])
@Index('imported_dossiers_office_idx', ['importedByOfficeId', 'importedAt'])
export class ImportedDossierEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'imported_dossiers_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) holderName!: string;
  @Column({ type: 'varchar', length: 300 }) issuerId!: string;
  @Column({ type: 'varchar', length: 200 }) issuerName!: string;
  @Column({ type: 'uuid' }) exportId!: string;
  @Column({ type: 'timestamptz' }) exportedAt!: Date;
  @Column({ type: 'jsonb' }) header!: Record<string, unknown>;
  @Column({ type: 'jsonb' }) manifest!: Record<string, unknown>;
  @Column({ type: 'text' }) signature!: string;
  @Column({ type: 'char', length: 64 }) bundleSha256!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) importedAt!: Date;
  @Column({ type: 'varchar', length: 16 }) importedBy!: string;
  @Column({ type: 'uuid', nullable: true }) importedByOfficeId!: string | null;
}
