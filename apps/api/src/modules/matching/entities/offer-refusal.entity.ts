import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CongruityCheck } from '../applications/congruity';

/** A refused offer and its congruity assessment (art. 25 D.Lgs. 150/2015; DM 10/04/2018). */
@Entity({ schema: 'matching', name: 'offer_refusals' })
export class OfferRefusalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid' }) applicationId!: string;
  @Index() @Column({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'uuid' }) vacancyId!: string;
  @Column({ type: 'varchar', length: 20 }) rulesVersion!: string;
  @Column({ type: 'boolean' }) benefitRecipient!: boolean;
  @Column({ type: 'boolean' }) congruous!: boolean;
  @Column({ type: 'boolean' }) justified!: boolean;
  @Column({ type: 'varchar', length: 500, nullable: true }) justification!: string | null;
  @Column({ type: 'jsonb' }) checks!: CongruityCheck[];
  @Column({ type: 'boolean' }) eventPublished!: boolean;
  @Column({ type: 'char', length: 16 }) recordedBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) recordedAt!: Date;
}
