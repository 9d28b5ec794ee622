// Slots for the booking benchmark, seeded straight into the database: each phase gets a batch of its own (new operators ×
// 8 weeks, Mon–Fri 9:00–12:30 and 14:00–17:30, 30 minutes: 14 a day, 560 per operator), in random order.
/** A `seedSlots(wanted)` on `db`: seeds a fresh batch and returns at least `wanted` free slot ids, shuffled. */
export function slotSeeder(db) {
  let batch = 0;
  return async function seedSlots(wanted) {
    batch++;
    const perOffice = Math.max(1, Math.ceil(wanted / (5 * 540)));
    const prefix = `BN${String(batch).padStart(3, '0')}`;
    await db.query(
      `WITH o AS (SELECT id, region_id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices)
      INSERT INTO registry.staff (fiscal_code, given_name, family_name, role, region_id)
      SELECT $1 || (o.rn % 10) || lpad(g::text, 3, '0') || 'X0X000X', 'Bench', 'Operatore ' || $1 || '-' || o.rn || '-' || g, 'operator', o.region_id
        FROM o, generate_series(1, $2::int) g WHERE o.rn <= 5`,
      [prefix, perOffice],
    );
    await db.query(
      `INSERT INTO registry.staff_offices (staff_id, office_id)
      SELECT s.id, o.id FROM registry.staff s JOIN (SELECT id, row_number() OVER (ORDER BY code) AS rn FROM registry.offices) o
        ON substr(s.fiscal_code, 6, 1) = (o.rn % 10)::text WHERE s.fiscal_code LIKE $1 || '%'`,
      [prefix],
    );
    await db.query(
      `
      INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
      SELECT so.office_id, so.staff_id, (SELECT id FROM agenda.service_types WHERE code = 'prima-accoglienza'),
             ((d::date + tt.t) AT TIME ZONE 'Europe/Rome'), ((d::date + tt.t + interval '30 minutes') AT TIME ZONE 'Europe/Rome'), '{in_person,video,phone}', 1
        FROM registry.staff_offices so JOIN registry.staff s ON s.id = so.staff_id AND s.fiscal_code LIKE $1 || '%',
             generate_series(current_date + 1, current_date + 56, interval '1 day') d,
             (SELECT time '09:00' + n * interval '30 minutes' AS t FROM generate_series(0, 6) n
              UNION ALL SELECT time '14:00' + n * interval '30 minutes' FROM generate_series(0, 6) n) tt
       WHERE extract(isodow FROM d) < 6`,
      [prefix],
    );
    await db.query('ANALYZE agenda.slots');
    const ids = (
      await db.query(`SELECT s.id FROM agenda.slots s JOIN registry.staff st ON st.id = s.operator_id AND st.fiscal_code LIKE $1 || '%' ORDER BY random()`, [prefix])
    ).rows.map((r) => r.id);
    if (ids.length < wanted) throw new Error(`seeded ${ids.length} slots, wanted ${wanted}`);
    return ids;
  };
}
