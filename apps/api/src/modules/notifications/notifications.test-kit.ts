import type { TestApp } from '../../../test/test-app';

/*
 * The notifications module's helpers for other modules' tests: what it has queued for people (its outbox), read from
 * its own tables, as a mailbox would show it.
 */

export interface QueuedMessage {
  key: string;
  body: string;
  status: string;
  queued: boolean;
  notBefore: Date;
}

const SELECT = `SELECT dedupe_key AS key, body, status, queued_at IS NOT NULL AS queued, not_before AS "notBefore" FROM notifications.messages`;

/** The message queued under a dedupe key (e.g. `appointment:<id>:confirmed:email`), or undefined. */
export async function queuedMessage(t: TestApp, key: string): Promise<QueuedMessage | undefined> {
  const rows: QueuedMessage[] = await t.db.query(`${SELECT} WHERE dedupe_key = $1`, [key]);
  return rows[0];
}

/** The messages whose dedupe key is LIKE `pattern` (e.g. `appointment:<id>:%`), by key; with `status`, only those. */
export function queuedMessages(t: TestApp, pattern: string, status?: string): Promise<QueuedMessage[]> {
  return t.db.query(`${SELECT} WHERE dedupe_key LIKE $1 AND ($2::text IS NULL OR status = $2) ORDER BY dedupe_key`, [pattern, status ?? null]);
}

/** Tries to delete the record of delivery attempts (the proof of sending): the database refuses. */
export async function deleteDeliveryAttempts(t: TestApp): Promise<void> {
  await t.db.query(`DELETE FROM notifications.delivery_attempts`);
}

/** The messages made from `template` (e.g. `patto.signature_code`), on `channel` if given, newest first. */
export function templateMessages(t: TestApp, template: string, channel?: string): Promise<(QueuedMessage & { channel: string })[]> {
  return t.db.query(
    `SELECT dedupe_key AS key, body, status, queued_at IS NOT NULL AS queued, not_before AS "notBefore", channel
       FROM notifications.messages WHERE template = $1 AND ($2::text IS NULL OR channel = $2) ORDER BY created_at DESC`,
    [template, channel ?? null],
  );
}

/** Sets a person's preferred language for messages and documents (as their settings would), email only if new. */
export async function setPreferredLocale(t: TestApp, fiscalCode: string, locale: string): Promise<void> {
  await t.db.query(`INSERT INTO notifications.preferences (fiscal_code, channels, locale) VALUES ($1, '{email}', $2) ON CONFLICT (fiscal_code) DO UPDATE SET locale = $2`, [
    fiscalCode,
    locale,
  ]);
}

/** Records that a person opted out of non-mandatory messages (as their settings would). */
export async function setNonMandatoryOptOut(t: TestApp, fiscalCode: string): Promise<void> {
  await t.db.query(
    `INSERT INTO notifications.preferences (fiscal_code, channels, non_mandatory_opt_out) VALUES ($1, '{email}', true) ON CONFLICT (fiscal_code) DO UPDATE SET non_mandatory_opt_out = true`,
    [fiscalCode],
  );
}
