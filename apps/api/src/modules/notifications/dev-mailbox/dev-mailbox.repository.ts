import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface DevMail {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  receivedAt: Date;
}

/** The development mailbox's messages (notifications.dev_mailbox). */
@Injectable()
export class DevMailboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(mail: { to: string; subject: string; text: string; messageId: string | null }): Promise<void> {
    await this.db.query(`INSERT INTO notifications.dev_mailbox (to_address, subject, text, message_id) VALUES ($1, $2, $3, $4)`, [
      mail.to,
      mail.subject,
      mail.text,
      mail.messageId,
    ]);
  }

  /** The newest 100 messages, those to an address containing `to` if given. */
  list(to?: string): Promise<DevMail[]> {
    return this.db.query(
      `SELECT id::text, to_address AS "toAddress", subject, text, received_at AS "receivedAt" FROM notifications.dev_mailbox
        WHERE ($1::text IS NULL OR to_address ILIKE '%' || $1 || '%') ORDER BY id DESC LIMIT 100`,
      [to ?? null],
    );
  }
}
