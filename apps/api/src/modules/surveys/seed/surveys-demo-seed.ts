import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, romeParts } from '../../../platform/time/rome-time';
import { SERVICE_TYPE_NAMES } from '../../agenda/i18n/agenda-catalogue';
import { SERVICE_NAMES } from '../i18n/surveys-catalogue';

const KINDS = ['appointment', 'appointment', 'patto', 'certificate'] as const;
const CHANNELS = { appointment: ['in_person', 'phone', 'video'], patto: ['unspecified'], certificate: ['online', 'in_person'] } as const;
const NAMES = {
  appointment: { it: 'Prima accoglienza e informazioni', en: 'First reception and information', ...SERVICE_TYPE_NAMES['prima-accoglienza']! },
  patto: SERVICE_NAMES.patto,
  certificate: SERVICE_NAMES.certificate.status_history,
};
const RATINGS = [5, 4, 4, 3, 5, 2, 4, 5, 3, 4];
const COMMENTS = ['Operatore molto disponibile.', "Attesa un po' lunga allo sportello.", 'Tutto chiaro, grazie.', 'Il link per la videochiamata non funzionava subito.'];
/** the development identities keep an empty "Valuta il servizio": the demo answers are other people's */
const DEV_PEOPLE = ['RSSMRA85T10L219G', 'BNCGLI90A41F335M', 'KHLFTM95M52Z330E'];

/**
 * DEMO DATA (development and browser tests), idempotent: answered surveys of seeded people of the demo offices over the
 * last 60 days (fixed ids), so that /soddisfazione is not empty; then the daily aggregates are recomputed. The links of
 * these demo surveys open nothing (their token hash is of no signed token). A demo seed is a CLI script: it reads
 * registry ids directly.
 */
export async function seedSurveysDemo(db: DataSource, now = new Date()): Promise<{ answers: number }> {
  const today = romeParts(now).date;
  const people: { id: string; fiscalCode: string; officeId: string }[] = await db.query(
    `SELECT id, fiscal_code AS "fiscalCode", office_id AS "officeId" FROM (
       SELECT c.id, c.fiscal_code, c.office_id, row_number() OVER (PARTITION BY c.office_id ORDER BY c.fiscal_code) AS n
         FROM registry.citizens c JOIN registry.offices o ON o.id = c.office_id
        WHERE o.code IN ('CPI-TO', 'CPI-MO', 'CPI-CH') AND c.fiscal_code <> ALL($1)) x
      WHERE n <= 8 ORDER BY office_id, fiscal_code`,
    [DEV_PEOPLE],
  );
  let answers = 0;
  await db.transaction(async (m) => {
    for (const [i, p] of people.entries()) {
      const id = `5a0e0000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
      const kind = KINDS[i % KINDS.length]!;
      const channels = CHANNELS[kind];
      const day = addDays(today, -((i * 7) % 60) - 1);
      const invited: unknown[] = await m.query(
        `INSERT INTO surveys.invitations (id, service_kind, service_ref, citizen_id, fiscal_code, office_id, channel, service_name_it, service_name_en,
           service_name_ar, service_name_ro, service_name_uk, service_date, question_set_version, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14, ($13::date + 31)::timestamptz) ON CONFLICT DO NOTHING RETURNING id`,
        [
          id,
          kind,
          `demo-${i + 1}`,
          p.id,
          p.fiscalCode,
          p.officeId,
          channels[i % channels.length],
          NAMES[kind].it,
          NAMES[kind].en,
          NAMES[kind].ar,
          NAMES[kind].ro,
          NAMES[kind].uk,
          day,
          createHash('sha256').update(`demo:${id}`).digest('hex'),
        ],
      );
      if (invited.length === 0) continue;
      const rating = RATINGS[i % RATINGS.length]!;
      await m.query(
        `INSERT INTO surveys.answers (invitation_id, rating, answers, comment, answered_at, answered_on) VALUES ($1, $2, '[]', $3, $4::date + time '12:00', $4) ON CONFLICT DO NOTHING`,
        [id, rating, i % 3 === 0 ? COMMENTS[(i / 3) % COMMENTS.length]! : null, day],
      );
      answers += 1;
    }
    if (answers > 0) {
      await m.query(`DELETE FROM surveys.daily_aggregates`);
      await m.query(
        `INSERT INTO surveys.daily_aggregates (day, office_id, service_kind, channel, answers, rating_sum, r1, r2, r3, r4, r5)
         SELECT a.answered_on, i.office_id, i.service_kind, i.channel, count(*), sum(a.rating), count(*) FILTER (WHERE a.rating = 1), count(*) FILTER (WHERE a.rating = 2),
                count(*) FILTER (WHERE a.rating = 3), count(*) FILTER (WHERE a.rating = 4), count(*) FILTER (WHERE a.rating = 5)
           FROM surveys.answers a JOIN surveys.invitations i ON i.id = a.invitation_id GROUP BY 1, 2, 3, 4`,
      );
    }
  });
  return { answers };
}
