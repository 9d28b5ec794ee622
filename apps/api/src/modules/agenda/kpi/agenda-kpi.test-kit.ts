import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Past appointments for the indicators' tests and benchmarks (issue 16): an appointment in its own one-person slot at
 * `startsAt`, with its outcome, from an invitation, a convocation or a direct booking. Only tests call this.
 */
export async function insertPastAppointment(
  db: DataSource,
  a: {
    officeId: string;
    operatorId: string;
    startsAt: string;
    channel: 'in_person' | 'video' | 'phone';
    status: string;
    kind: 'invitation' | 'convocation' | 'booking';
    serviceCode?: string;
  },
): Promise<string> {
  const citizenId = randomUUID();
  const fiscalCode = `KPI${randomBytes(7).toString('hex').toUpperCase().slice(0, 13)}`;
  const [st] = (await db.query(`SELECT id FROM agenda.service_types WHERE code = $1`, [a.serviceCode ?? 'prima-accoglienza'])) as { id: string }[];
  const [slot] = (await db.query(
    `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity, booked)
     VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 minute', ARRAY[$5], 1, 1) RETURNING id`,
    [a.officeId, a.operatorId, st!.id, a.startsAt, a.channel],
  )) as { id: string }[];
  const source = a.kind === 'booking' ? 'citizen' : a.kind;
  const [appt] = (await db.query(
    `INSERT INTO agenda.appointments (slot_id, citizen_id, citizen_fiscal_code, channel, status, source, booked_at) VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz - interval '7 days') RETURNING id`,
    [slot!.id, citizenId, fiscalCode, a.channel, a.status, source, a.startsAt],
  )) as { id: string }[];
  if (a.kind === 'invitation') {
    await db.query(
      `INSERT INTO agenda.invitations (citizen_id, citizen_fiscal_code, office_id, service_type_id, token_hash, status, expires_at, appointment_id, created_by)
       VALUES ($1, $2, $3, $4, $5, 'booked', $6::timestamptz, $7, 'TESTKPI000000000')`,
      [citizenId, fiscalCode, a.officeId, st!.id, randomBytes(32).toString('hex'), a.startsAt, appt!.id],
    );
  } else if (a.kind === 'convocation') {
    await db.query(
      `INSERT INTO agenda.convocations (citizen_id, citizen_fiscal_code, office_id, appointment_id, starts_at, channel, place, legal_basis, rendered_text, text_sha256, created_by)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $6, 'Sede', 'art. 20 D.Lgs. 150/2015', 'test', $7, 'TESTKPI000000000')`,
      [citizenId, fiscalCode, a.officeId, appt!.id, a.startsAt, a.channel, 'a'.repeat(64)],
    );
  }
  return appt!.id;
}
