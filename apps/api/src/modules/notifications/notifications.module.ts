import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { Env } from '../../config/env';
import { AppIoAdapter } from './adapters/app-io.adapter';
import { FakeChannelAdapter } from './adapters/fake-channel.adapter';
import { HttpSmsAdapter } from './adapters/http-sms.adapter';
import { SmtpEmailAdapter } from './adapters/smtp-email.adapter';
import { DevMailboxController } from './dev-mailbox/dev-mailbox.controller';
import { DevMailboxRepository } from './dev-mailbox/dev-mailbox.repository';
import { DevMailboxService } from './dev-mailbox/dev-mailbox.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { EMAIL_PORT, IO_PORT, SMS_PORT } from './ports/notification-channel.port';
import { CitizenPreferencesController } from './preferences/citizen-preferences.controller';
import { NotificationPreferencesRepository } from './preferences/preferences.repository';
import { NotificationPreferencesService } from './preferences/preferences.service';
import { ReceiptsController } from './receipts.controller';

/** Notifications for every module: e-mail (SMTP), SMS and App IO behind ports, sent by queued jobs. */
@Module({})
export class NotificationsModule {
  static forRoot(env: Env): DynamicModule {
    const providers: Provider[] = [NotificationsRepository, NotificationsService, NotificationPreferencesRepository, NotificationPreferencesService];
    if (env.NOTIFICATION_FAKES) {
      providers.push(
        { provide: EMAIL_PORT, useValue: new FakeChannelAdapter('email') },
        { provide: SMS_PORT, useValue: new FakeChannelAdapter('sms') },
        { provide: IO_PORT, useValue: new FakeChannelAdapter('io') },
      );
    } else {
      const smtp = env.SMTP_URL ?? (env.DEV_MAILBOX ? `smtp://127.0.0.1:${env.DEV_MAILBOX_SMTP_PORT}` : undefined);
      if (smtp) providers.push({ provide: EMAIL_PORT, useValue: new SmtpEmailAdapter(smtp, env.MAIL_FROM) });
      if (env.SMS_API_URL && env.SMS_API_KEY) providers.push({ provide: SMS_PORT, useValue: new HttpSmsAdapter(env.SMS_API_URL, env.SMS_API_KEY) });
      if (env.IO_API_URL && env.IO_API_KEY) providers.push({ provide: IO_PORT, useValue: new AppIoAdapter(env.IO_API_URL, env.IO_API_KEY) });
    }
    if (env.DEV_MAILBOX) providers.push(DevMailboxRepository, DevMailboxService);
    return {
      module: NotificationsModule,
      global: true,
      controllers: env.DEV_MAILBOX ? [ReceiptsController, CitizenPreferencesController, DevMailboxController] : [ReceiptsController, CitizenPreferencesController],
      providers,
      exports: [NotificationsService],
    };
  }
}
