import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Document bytes when the storage port is the PostgreSQL adapter (DOCUMENT_STORAGE=postgres, the default). */
@Entity({ schema: 'dossier', name: 'blobs' })
export class BlobEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) key!: string;
  @Column({ type: 'bytea' }) content!: Buffer;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
