import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How a person wants to be reached. Without a row: e-mail and SMS, Italian, quiet 21:00–08:00. */
@Entity({ schema: 'notifications', name: 'preferences' })
export class PreferenceEntity {
  @PrimaryColumn({ type: 'char', length: 16 }) fiscalCode!: string;
  @Column({ type: 'text', array: true }) channels!: string[];
  @Column({ type: 'varchar', length: 5, default: 'it' }) locale!: string;
  @Column({ type: 'time', nullable: true }) quietStart!: string | null;
  @Column({ type: 'time', nullable: true }) quietEnd!: string | null;
  /** the person asked for no messages that are not mandatory (outreach campaigns leave them out) */
  @Column({ type: 'boolean', default: false }) nonMandatoryOptOut!: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
