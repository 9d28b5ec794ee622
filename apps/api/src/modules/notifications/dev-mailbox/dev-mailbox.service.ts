import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { Env } from '../../../config/env';
import { NotificationsService } from '../notifications.service';

/** Development mailbox: an SMTP sink on localhost that keeps every message in the database. */
@Injectable()
export class DevMailboxService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DevMailboxService.name);
  private server?: SMTPServer;

  constructor(@InjectDataSource() private readonly db: DataSource, private readonly env: Env, private readonly notifications: NotificationsService) {}

  async onModuleInit(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], banner: 'OpenCPI development mailbox', logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            await this.db.query(
              `INSERT INTO notifications.dev_mailbox (to_address, subject, text, message_id) VALUES ($1, $2, $3, $4)`,
              [to.slice(0, 300), (mail.subject ?? '').slice(0, 300), mail.text ?? '', mail.messageId ?? null],
            );
            // the mailbox is the recipient's server: it reports delivery, as a real relay's receipt would
            const ours = mail.headers.get('x-opencpi-message');
            if (typeof ours === 'string' && /^[0-9a-f-]{36}$/.test(ours)) {
              await this.notifications.recordReceipt(ours, 'email', 'delivered', new Date(), mail.messageId ?? null, 'development mailbox');
            }
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.env.DEV_MAILBOX_SMTP_PORT, '127.0.0.1', () => resolve());
    });
    this.logger.log(`development mailbox: SMTP on 127.0.0.1:${this.env.DEV_MAILBOX_SMTP_PORT}, messages at /api/dev-mailbox`);
  }

  async onModuleDestroy(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  list(to?: string): Promise<{ id: string; toAddress: string; subject: string; text: string; receivedAt: Date }[]> {
    return this.db.query(
      `SELECT id::text, to_address AS "toAddress", subject, text, received_at AS "receivedAt" FROM notifications.dev_mailbox
        WHERE ($1::text IS NULL OR to_address ILIKE '%' || $1 || '%') ORDER BY id DESC LIMIT 100`,
      [to ?? null],
    );
  }
}
