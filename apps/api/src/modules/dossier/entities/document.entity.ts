import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file in the reserved area; its bytes are behind the storage port (`storageKey`). */
@Entity({ schema: 'dossier', name: 'documents' })
@Index('documents_citizen_idx', ['citizenId', 'createdAt'])
@Check('documents_mime_check', `"mime_type" IN ('application/pdf', 'image/jpeg', 'image/png')`)
@Check('documents_size_check', `"size_bytes" > 0 AND "size_bytes" <= 5242880`)
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 20 }) type!: string;
  @Column({ type: 'varchar', length: 200 }) fileName!: string;
  @Column({ type: 'varchar', length: 40 }) mimeType!: string;
  @Column({ type: 'int' }) sizeBytes!: number;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'varchar', length: 200 }) storageKey!: string;
  @Column({ type: 'varchar', length: 10 }) uploadedByRole!: 'citizen' | 'operator' | 'agency';
  @Column({ type: 'char', length: 16 }) uploadedByFiscalCode!: string;
  @Column({ type: 'varchar', length: 200 }) uploadedByName!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
