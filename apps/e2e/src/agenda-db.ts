import pg from 'pg';

/**
 * Moves an appointment's slot to today at `localTime` (Rome). With `started`, to a time that has already come: attendance
 * can be recorded only for an appointment that has started, so when the journey runs before `localTime` (at night) the
 * slot goes to yesterday at `localTime` (each journey keeps its own time: the same person at the same time in two
 * journeys would make one's menu the other's). One operator's slots may not overlap, and
 * another journey may already have moved a slot of the same operator there: then it tries 20 minutes earlier, up to ten
 * times. Answers the Rome date and time the agenda then shows.
 */
export async function startAppointmentToday(appointmentId: string, localTime: string, opts: { started?: boolean } = {}): Promise<{ localDate: string; localTime: string }> {
  const db = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
  await db.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await db.query<{ localDate: string; localTime: string }>(
          `WITH asked AS (SELECT ((now() AT TIME ZONE 'Europe/Rome')::date + $2::time - $3 * interval '20 minutes') AT TIME ZONE 'Europe/Rome' AS at),
                target AS (SELECT CASE WHEN $4 AND asked.at > now() - interval '5 minutes'
                                       THEN asked.at - interval '1 day' ELSE asked.at END AS at FROM asked)
           UPDATE agenda.slots s SET starts_at = target.at, ends_at = target.at + (s.ends_at - s.starts_at)
             FROM agenda.appointments a, target WHERE a.id = $1 AND s.id = a.slot_id
           RETURNING to_char(s.starts_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS "localDate", to_char(s.starts_at AT TIME ZONE 'Europe/Rome', 'HH24:MI') AS "localTime"`,
          [appointmentId, localTime, attempt, opts.started === true],
        );
        if (!rows[0]) throw new Error(`no appointment ${appointmentId}`);
        return rows[0];
      } catch (e) {
        // 23P01: exclusion violation (slots_operator_no_overlap)
        if ((e as { code?: string }).code !== '23P01' || attempt >= 10) throw e;
      }
    }
  } finally {
    await db.end();
  }
}

/**
 * The first date, `fromDays` days ahead or later, on which the office has slots (Rome; not a weekend, not a public
 * holiday such as 8 December): what a journey that publishes or books "a few days ahead" can rely on.
 */
export async function officeWorkingDay(fromDays: number, officeCode = 'CPI-TO'): Promise<string> {
  const db = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
  await db.connect();
  try {
    const { rows } = await db.query<{ day: string | null }>(
      `SELECT to_char(min((s.starts_at AT TIME ZONE 'Europe/Rome')::date), 'YYYY-MM-DD') AS day
         FROM agenda.slots s JOIN registry.offices o ON o.id = s.office_id
        WHERE o.code = $1 AND (s.starts_at AT TIME ZONE 'Europe/Rome')::date >= (now() AT TIME ZONE 'Europe/Rome')::date + $2::int`,
      [officeCode, fromDays],
    );
    if (!rows[0]?.day) throw new Error(`no slot at ${officeCode} from ${fromDays} days ahead`);
    return rows[0].day;
  } finally {
    await db.end();
  }
}
