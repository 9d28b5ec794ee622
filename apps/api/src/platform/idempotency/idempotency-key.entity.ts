import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One `Idempotency-Key` of one caller (ModI; draft-ietf-httpapi-idempotency-key-header): the request's hash and, once
 * done, the first answer (status and body), replayed for a retry with the same key. The primary key makes concurrent
 * duplicates safe: only one of them runs. In progress while `status` is null.
 */
@Entity({ schema: 'platform', name: 'idempotency_keys' })
@Index('idempotency_keys_created_idx', ['createdAt'])
@Check('idempotency_keys_done_check', `("status" IS NULL) = ("completed_at" IS NULL)`)
export class IdempotencyKeyEntity {
  /** whose key it is, e.g. `agency:<client id>` */
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'idempotency_keys_pkey' }) scope!: string;
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'idempotency_keys_pkey' }) key!: string;
  /** SHA-256 of method, path and canonical JSON body */
  @Column({ type: 'char', length: 64 }) requestHash!: string;
  @Column({ type: 'integer', nullable: true }) status!: number | null;
  @Column({ type: 'jsonb', nullable: true }) body!: unknown;
  /** headers of the first answer worth replaying (ETag, Location) */
  @Column({ type: 'jsonb', nullable: true }) headers!: Record<string, string> | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) completedAt!: Date | null;
}
