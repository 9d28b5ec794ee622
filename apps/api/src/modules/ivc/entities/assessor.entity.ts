import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A person appointed as IVC assessor for a region; signing in, they get the `ivc_assessor` role (a RoleSource). */
@Entity({ schema: 'ivc', name: 'assessors' })
@Index('assessors_fiscal_code_key', ['fiscalCode'], { unique: true })
@Check('assessors_revocation_check', `"revoked_at" IS NULL OR "revoked_at" >= "appointed_at"`)
export class IvcAssessorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessors_pkey' }) id!: string;
  @Column({ type: 'varchar', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 100 }) givenName!: string;
  @Column({ type: 'varchar', length: 100 }) familyName!: string;
  @Column({ type: 'uuid' }) regionId!: string;
  @Column({ type: 'varchar', length: 16 }) appointedBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) appointedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
