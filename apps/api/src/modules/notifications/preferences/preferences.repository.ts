import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface PreferenceRow {
  channels: string[];
  locale: string;
  nonMandatoryOptOut: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  updatedAt: Date;
}

/** The person's own notification preferences row (notifications.preferences). */
@Injectable()
export class NotificationPreferencesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async of(fiscalCode: string): Promise<PreferenceRow | undefined> {
    const rows = (await this.db.query(
      `SELECT channels, locale, non_mandatory_opt_out AS "nonMandatoryOptOut", quiet_start::text AS "quietStart", quiet_end::text AS "quietEnd", updated_at AS "updatedAt"
         FROM notifications.preferences WHERE fiscal_code = $1`,
      [fiscalCode],
    )) as PreferenceRow[];
    return rows[0];
  }

  /** Saves channels, language and opt-out; a new row takes the platform's quiet hours, an existing one keeps its own. */
  async save(
    m: EntityManager,
    fiscalCode: string,
    p: { channels: string[]; locale: string; nonMandatoryOptOut: boolean; quietStart: string | null; quietEnd: string | null },
  ): Promise<void> {
    await m.query(
      `INSERT INTO notifications.preferences AS p (fiscal_code, channels, locale, quiet_start, quiet_end, non_mandatory_opt_out, updated_at)
       VALUES ($1, $2::text[], $3, $4, $5, $6, now())
       ON CONFLICT (fiscal_code) DO UPDATE SET channels = EXCLUDED.channels, locale = EXCLUDED.locale,
         non_mandatory_opt_out = EXCLUDED.non_mandatory_opt_out, updated_at = now()`,
      [fiscalCode, p.channels, p.locale, p.quietStart, p.quietEnd, p.nonMandatoryOptOut],
    );
  }
}
