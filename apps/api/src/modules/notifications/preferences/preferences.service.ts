import { Injectable } from '@nestjs/common';
import { MESSAGE_LOCALES, type MessageLocale, type NotificationPreferencesBody, type NotificationPreferencesResponse } from '@opencpi/contracts';
import { Env } from '../../../config/env';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { NotificationPreferencesRepository, type PreferenceRow as Row } from './preferences.repository';

const DEFAULT_CHANNELS = ['email', 'sms'] as const;
const hhmm = (t: string | null | undefined) => (t ?? '').slice(0, 5);
const localeOf = (l: string): MessageLocale => ((MESSAGE_LOCALES as readonly string[]).includes(l) ? (l as MessageLocale) : 'it');

/**
 * "Come vuoi ricevere i messaggi": the person's own preferences (channels, language, no messages that are not
 * mandatory). Without a saved row the defaults of NotificationsService apply: e-mail and SMS, Italian, the platform's
 * quiet hours. Saving keeps the quiet hours in force (the platform's, unless already set).
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly repo: NotificationPreferencesRepository,
    private readonly audit: AuditService,
    private readonly env: Env,
  ) {}

  async mine(ctx: RequestContext): Promise<NotificationPreferencesResponse> {
    const fc = ctx.principal.fiscalCode;
    const row = await this.repo.of(fc);
    await this.audit.record(ctx, { action: 'notifications.preferences.read', resourceType: 'notification_preferences', resourceId: fc, subjectFiscalCode: fc });
    return this.view(row);
  }

  async save(ctx: RequestContext, body: NotificationPreferencesBody): Promise<NotificationPreferencesResponse> {
    const fc = ctx.principal.fiscalCode;
    const [qs, qe] = this.env.NOTIFICATION_QUIET_HOURS ? this.env.NOTIFICATION_QUIET_HOURS.split('-') : [null, null];
    await this.repo.transaction(async (m) => {
      await this.repo.save(m, fc, {
        channels: [...new Set(body.channels)],
        locale: body.locale,
        nonMandatoryOptOut: body.nonMandatoryOptOut,
        quietStart: qs ?? null,
        quietEnd: qe ?? null,
      });
      await this.audit.record(
        ctx,
        {
          action: 'notifications.preferences.saved',
          resourceType: 'notification_preferences',
          resourceId: fc,
          subjectFiscalCode: fc,
          details: { channels: body.channels, locale: body.locale, nonMandatoryOptOut: body.nonMandatoryOptOut },
        },
        m,
      );
    });
    return this.view(await this.repo.of(fc));
  }

  private view(row: Row | undefined): NotificationPreferencesResponse {
    const [qs, qe] = this.env.NOTIFICATION_QUIET_HOURS ? this.env.NOTIFICATION_QUIET_HOURS.split('-') : ['', ''];
    if (!row) return { channels: [...DEFAULT_CHANNELS], locale: 'it', nonMandatoryOptOut: false, quietStart: qs ?? '', quietEnd: qe ?? '', saved: false };
    return {
      channels: row.channels.filter((c): c is 'email' | 'sms' | 'io' => c === 'email' || c === 'sms' || c === 'io'),
      locale: localeOf(row.locale),
      nonMandatoryOptOut: row.nonMandatoryOptOut,
      quietStart: hhmm(row.quietStart),
      quietEnd: hhmm(row.quietEnd),
      saved: true,
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }
}
