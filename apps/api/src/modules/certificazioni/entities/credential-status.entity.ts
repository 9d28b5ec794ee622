import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A Bitstring Status List (W3C) of revocations: at least 131,072 entries; its credential is served at a stable URL. */
@Entity({ schema: 'certificazioni', name: 'credential_status_lists' })
@Check('credential_status_lists_purpose_check', `"purpose" IN ('revocation')`)
@Check('credential_status_lists_size_check', `"size" >= 131072 AND "size" % 8 = 0`)
export class CredentialStatusListEntity {
  @PrimaryGeneratedColumn('increment', { primaryKeyConstraintName: 'credential_status_lists_pkey' }) id!: number;
  @Column({ type: 'varchar', length: 12 }) purpose!: 'revocation';
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** An allocated index of a status list (chosen at random; the primary key refuses a second use of it). */
@Entity({ schema: 'certificazioni', name: 'credential_status_entries' })
@Check('credential_status_entries_index_check', `"status_index" >= 0`)
export class CredentialStatusEntryEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'credential_status_entries_pkey' }) statusListId!: number;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'credential_status_entries_pkey' }) statusIndex!: number;
  @ManyToOne(() => CredentialStatusListEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_list_id', foreignKeyConstraintName: 'credential_status_entries_list_fk' })
  statusList?: CredentialStatusListEntity;
  @Column({ type: 'timestamptz', default: () => 'now()' }) allocatedAt!: Date;
}
