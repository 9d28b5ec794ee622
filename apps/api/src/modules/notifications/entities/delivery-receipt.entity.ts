import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a provider reported about a message after accepting it (delivered, read, failed): the delivery receipt.
 * Append-only, like the attempts: together they are the proof of what reached the person.
 */
@Entity({ schema: 'notifications', name: 'delivery_receipts' })
@Check('delivery_receipts_status_check', `"status" IN ('accepted', 'delivered', 'read', 'failed')`)
export class DeliveryReceiptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id!: string;
  @Index() @Column({ type: 'uuid' }) messageId!: string;
  @Column({ type: 'varchar', length: 10 }) channel!: string;
  @Column({ type: 'varchar', length: 12 }) status!: 'accepted' | 'delivered' | 'read' | 'failed';
  @Column({ type: 'varchar', length: 200, nullable: true }) providerMessageId!: string | null;
  /** when the provider says it happened */
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt!: Date;
  @Column({ type: 'varchar', length: 300, nullable: true }) detail!: string | null;
}
