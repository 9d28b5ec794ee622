import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The digital-skills self-assessment's advice and the person's own channel choice (which always wins). */
@Entity({ schema: 'patto', name: 'channel_profiles' })
@Check('channel_profiles_advised_check', `"advised_channel" IN ('digital', 'blended', 'in_person')`)
@Check('channel_profiles_chosen_check', `"chosen_channel" IN ('digital', 'blended', 'in_person')`)
export class ChannelProfileEntity {
  @PrimaryColumn({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) modelVersion!: string | null;
  @Column({ type: 'jsonb', nullable: true }) answers!: Record<string, string> | null;
  @Column({ type: 'int', nullable: true }) score!: number | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) advisedChannel!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) assessedAt!: Date | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) chosenChannel!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) chosenAt!: Date | null;
  @Column({ type: 'boolean', default: false }) needsHelp!: boolean;
  @Column({ type: 'varchar', length: 200, nullable: true }) languageNeeds!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) accessibilityNeeds!: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
