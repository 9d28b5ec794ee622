import pg from 'pg';

/**
 * Moves an appointment's slot to today at `localTime` (Rome; keep it before the time the journey runs): attendance can
 * be recorded only for an appointment that has started. One operator's slots may not overlap, and another journey may
 * already have moved a slot of the same operator there: then it tries 20 minutes earlier, up to ten times. Answers the
 * Rome date and time the agenda then shows.
 */
export async function startAppointmentToday(appointmentId: string, localTime: string): Promise<{ localDate: string; localTime: string }> {
  const db = new pg.Client({ connectionString: process.env['OPENCPI_E2E_DATABASE_URL'] });
  await db.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await db.query<{ localDate: string; localTime: string }>(
          `UPDATE agenda.slots s SET starts_at = ((now() AT TIME ZONE 'Europe/Rome')::date + $2::time - $3 * interval '20 minutes') AT TIME ZONE 'Europe/Rome',
                  ends_at = ((now() AT TIME ZONE 'Europe/Rome')::date + $2::time - $3 * interval '20 minutes') AT TIME ZONE 'Europe/Rome' + (s.ends_at - s.starts_at)
             FROM agenda.appointments a WHERE a.id = $1 AND s.id = a.slot_id
           RETURNING to_char(s.starts_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS "localDate", to_char(s.starts_at AT TIME ZONE 'Europe/Rome', 'HH24:MI') AS "localTime"`,
          [appointmentId, localTime, attempt],
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
