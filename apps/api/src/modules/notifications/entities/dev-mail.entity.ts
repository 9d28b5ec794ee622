import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What the development SMTP sink received (DEV_MAILBOX=true only). */
@Entity({ schema: 'notifications', name: 'dev_mailbox' })
export class DevMailEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Column({ type: 'varchar', length: 300 }) toAddress!: string;
  @Column({ type: 'varchar', length: 300 }) subject!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar', length: 300, nullable: true }) messageId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) receivedAt!: Date;
}
