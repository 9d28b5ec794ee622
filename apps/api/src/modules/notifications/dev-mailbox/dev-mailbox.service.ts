import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Env } from '../../../config/env';
import { NotificationsService } from '../notifications.service';
import { DevMailboxRepository, type DevMail } from './dev-mailbox.repository';

/** Development mailbox: an SMTP sink on localhost that keeps every message in the database. */
@Injectable()
export class DevMailboxService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DevMailboxService.name);
  private server?: SMTPServer;

  constructor(
    private readonly repo: DevMailboxRepository,
    private readonly env: Env,
    private readonly notifications: NotificationsService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      banner: 'OpenCPI development mailbox',
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            await this.repo.insert({ to: to.slice(0, 300), subject: (mail.subject ?? '').slice(0, 300), text: mail.text ?? '', messageId: mail.messageId ?? null });
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

  list(to?: string): Promise<DevMail[]> {
    return this.repo.list(to);
  }
}
