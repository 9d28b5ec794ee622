import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import type { SqlStatement } from '../../database/sql-statement';
import { ServiceTypeEntity } from './entities/service-type.entity';

/** A slot as the agenda stores it (office and operator by id: their names come from registry's query service). */
export interface SlotRow {
  id: string;
  officeId: string;
  operatorId: string;
  serviceTypeId: string;
  startsAt: Date;
  endsAt: Date;
  channels: string[];
  capacity: number;
  booked: number;
}
/** An appointment as the agenda stores it, with its slot, service and convocation. */
export interface AppointmentRecord {
  id: string;
  status: string;
  channel: string;
  startsAt: Date;
  endsAt: Date;
  serviceCode: string;
  serviceNameIt: string;
  serviceNameEn: string;
  cancelCutoffHours: number;
  citizenId: string;
  citizenFiscalCode: string;
  slotId: string;
  operatorId: string;
  officeId: string;
  cancelReason: string | null;
  convocationId: string | null;
  recallAnswer: string | null;
}
/** The appointment with what registry reports of its office and person (see AppointmentQueryService). */
export interface AppointmentRow extends AppointmentRecord {
  officeName: string;
  officeAddress: string;
  citizenName: string | null;
}

/** A slot with everything a booking needs to answer and to word its messages. */
export interface BookingSlot extends SlotRow {
  minNoticeMinutes: number;
  serviceCode: string;
  serviceNameIt: string;
  serviceNameEn: string;
  cancelCutoffHours: number;
}

/** No absence of the slot's operator, and no closure of its office, overlaps the slot. */
export const NOT_EXCEPTED = `NOT EXISTS (SELECT 1 FROM agenda.availability_exceptions e
  WHERE e.office_id = s.office_id AND (e.operator_id IS NULL OR e.operator_id = s.operator_id) AND e.starts_at < s.ends_at AND e.ends_at > s.starts_at)`;
const SLOT_COLUMNS = `s.id, s.office_id AS "officeId", s.operator_id AS "operatorId", s.service_type_id AS "serviceTypeId",
  s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.channels, s.capacity, s.booked`;
const APPOINTMENT_SELECT = `
  SELECT a.id, a.status, a.channel, s.starts_at AS "startsAt", s.ends_at AS "endsAt", t.code AS "serviceCode", t.name_it AS "serviceNameIt",
         t.name_en AS "serviceNameEn", t.cancel_cutoff_hours AS "cancelCutoffHours", a.citizen_id AS "citizenId",
         a.citizen_fiscal_code AS "citizenFiscalCode", a.slot_id AS "slotId", s.operator_id AS "operatorId", s.office_id AS "officeId",
         a.cancel_reason AS "cancelReason", cv.id AS "convocationId", a.recall_answer AS "recallAnswer"
    FROM agenda.appointments a
    JOIN agenda.slots s ON s.id = a.slot_id
    JOIN agenda.service_types t ON t.id = s.service_type_id
    LEFT JOIN agenda.convocations cv ON cv.appointment_id = a.id`;

/**
 * The agenda's service types, slots and appointments (availability, invitations and convocations have their own
 * repositories). Only agenda tables: registry data is read through RegistryService. The booking is one statement
 * whose conditional UPDATE takes the seat: the row lock serialises racers.
 */
@Injectable()
export class AgendaRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  /** A transaction (the use-case services own them; they hand the EntityManager back to the repositories). */
  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  serviceTypeByCode(code: string): Promise<ServiceTypeEntity | null> {
    return this.db.getRepository(ServiceTypeEntity).findOneBy({ code, active: true });
  }
  serviceTypes(): Promise<ServiceTypeEntity[]> {
    return this.db.getRepository(ServiceTypeEntity).find({ where: { active: true }, order: { nameIt: 'ASC' } });
  }

  /** Free slots of a service type in a time window, soonest first. */
  freeSlots(q: { serviceTypeId: string; officeId?: string; channel?: string; from: Date; to: Date; limit: number }): Promise<SlotRow[]> {
    const params: unknown[] = [q.serviceTypeId, q.from, q.to, q.limit];
    let extra = '';
    if (q.officeId) {
      params.push(q.officeId);
      extra += ` AND s.office_id = $${params.length}`;
    }
    if (q.channel) {
      params.push(q.channel);
      extra += ` AND $${params.length} = ANY(s.channels)`;
    }
    return this.db.query(
      `SELECT ${SLOT_COLUMNS} FROM agenda.slots s
        WHERE s.service_type_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND s.booked < s.capacity AND ${NOT_EXCEPTED} ${extra}
        ORDER BY s.starts_at, s.id LIMIT $4`,
      params,
    );
  }

  /** Per service code, the start of the next free slot of an office that can still be booked (minimum notice kept). */
  async nextFreeByService(officeId: string, now: Date): Promise<Map<string, Date>> {
    const rows: { code: string; at: Date }[] = await this.db.query(
      `SELECT t.code, MIN(s.starts_at) AS at FROM agenda.slots s JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE s.office_id = $1 AND t.active AND s.starts_at >= $2::timestamptz + make_interval(mins => t.min_notice_minutes)
          AND s.starts_at < $2::timestamptz + make_interval(days => t.horizon_days) AND s.booked < s.capacity AND ${NOT_EXCEPTED}
        GROUP BY t.code`,
      [officeId, now],
    );
    return new Map(rows.map((r) => [r.code, r.at]));
  }

  async slot(id: string, m: EntityManager = this.db.manager): Promise<(SlotRow & { minNoticeMinutes: number }) | null> {
    const rows: (SlotRow & { minNoticeMinutes: number })[] = await m.query(
      `SELECT ${SLOT_COLUMNS}, t.min_notice_minutes AS "minNoticeMinutes"
         FROM agenda.slots s JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The slot with its service, plus `extra` scalar subqueries other modules contribute (named columns, on the
   * slot `s`): everything a booking reads, in one round trip.
   */
  async slotForBooking<X extends Record<string, unknown>>(
    m: EntityManager,
    st: SqlStatement,
    slotId: string,
    extra: { [K in keyof X]: string },
  ): Promise<(BookingSlot & X) | null> {
    const extras = Object.entries(extra)
      .map(([name, sql]) => `, ${sql} AS "${name}"`)
      .join('');
    const rows = await queryPrepared<BookingSlot & X>(
      m,
      `SELECT ${SLOT_COLUMNS}, t.min_notice_minutes AS "minNoticeMinutes", t.code AS "serviceCode", t.name_it AS "serviceNameIt", t.name_en AS "serviceNameEn",
              t.cancel_cutoff_hours AS "cancelCutoffHours"${extras}
         FROM agenda.slots s JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE s.id = ${st.p(slotId, 'uuid')}`,
      st.params,
    );
    return rows[0] ?? null;
  }

  /**
   * The booking as one statement: take a seat if one is left and the slot is still bookable (the conditional
   * UPDATE's row lock serialises racers), insert the appointment, and run the other modules' CTE members
   * (`members(from)`: the audit record, the outbox messages), which write only if the seat was taken. Answers
   * whether it was, and the ids the member named `returning` returned.
   */
  bookSql(
    st: SqlStatement,
    a: { id: string; slotId: string; notBefore: Date; channel: string; citizenId: string; citizenFiscalCode: string; source: string },
    members: (from: string) => { name: string; sql: string }[],
    returning?: string,
  ): string {
    const seat = `UPDATE agenda.slots s SET booked = s.booked + 1
       WHERE s.id = ${st.p(a.slotId, 'uuid')} AND s.booked < s.capacity AND s.starts_at >= ${st.p(a.notBefore, 'timestamptz')}
         AND ${st.p(a.channel, 'text')} = ANY(s.channels) AND ${NOT_EXCEPTED} RETURNING s.id`;
    const appt = `INSERT INTO agenda.appointments (id, slot_id, citizen_id, citizen_fiscal_code, channel, source)
       SELECT ${st.p(a.id, 'uuid')}, seat.id, ${st.p(a.citizenId, 'uuid')}, ${st.p(a.citizenFiscalCode, 'text')}, ${st.p(a.channel, 'text')}, ${st.p(a.source, 'text')} FROM seat RETURNING id`;
    const others = members('appt');
    return `WITH seat AS (${seat}), appt AS (${appt})${others.map((x) => `, ${x.name} AS (${x.sql})`).join('')}
      SELECT (SELECT count(*) FROM appt)::int AS booked, ${returning ? `ARRAY(SELECT id FROM ${returning})` : `ARRAY[]::uuid[]`} AS "ids"`;
  }

  /** Runs a statement built by bookSql. */
  async runBooking(m: EntityManager, sql: string, st: SqlStatement): Promise<{ booked: number; ids: string[] } | undefined> {
    return (await queryPrepared<{ booked: number; ids: string[] }>(m, sql, st.params))[0];
  }

  /** The person's live booking of a service (the one that keeps them from booking it again), if any. */
  async liveAppointmentOf(citizenId: string, serviceCode: string): Promise<{ id: string; startsAt: Date } | null> {
    const rows: { id: string; startsAt: Date }[] = await this.db.query(
      `SELECT a.id, s.starts_at AS "startsAt" FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id JOIN agenda.service_types t ON t.id = a.service_type_id
        WHERE a.citizen_id = $1 AND t.code = $2 AND a.live`,
      [citizenId, serviceCode],
    );
    return rows[0] ?? null;
  }

  /**
   * Ends `live` on the appointments whose time is over (all of them, or one person's): a past appointment stays
   * 'booked' until its attendance is recorded, but no longer blocks a new booking of its service. Answers how many.
   */
  async endPastLive(fiscalCode?: string, now = new Date()): Promise<number> {
    const [, count] = (await this.db.query(
      `UPDATE agenda.appointments a SET live = false FROM agenda.slots s
        WHERE a.live AND s.id = a.slot_id AND s.ends_at <= $1 AND ($2::text IS NULL OR a.citizen_fiscal_code = $2)`,
      [now, fiscalCode ?? null],
    )) as [unknown, number];
    return count;
  }

  async releaseSeat(m: EntityManager, slotId: string): Promise<void> {
    await m.query(`UPDATE agenda.slots SET booked = booked - 1 WHERE id = $1`, [slotId]);
  }

  async appointment(id: string, m: EntityManager = this.db.manager, lock = false): Promise<AppointmentRecord | null> {
    const rows: AppointmentRecord[] = await m.query(`${APPOINTMENT_SELECT} WHERE a.id = $1${lock ? ' FOR UPDATE OF a' : ''}`, [id]);
    return rows[0] ?? null;
  }

  appointmentsOf(fiscalCode: string): Promise<AppointmentRecord[]> {
    return queryPrepared(this.db, `${APPOINTMENT_SELECT} WHERE a.citizen_fiscal_code = $1 ORDER BY s.starts_at DESC LIMIT 100`, [fiscalCode]);
  }

  appointmentsByIds(ids: string[]): Promise<AppointmentRecord[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return queryPrepared(this.db, `${APPOINTMENT_SELECT} WHERE a.id = ANY($1::uuid[])`, [ids]);
  }

  appointmentsOfSlots(slotIds: string[]): Promise<AppointmentRecord[]> {
    if (slotIds.length === 0) return Promise.resolve([]);
    return queryPrepared(this.db, `${APPOINTMENT_SELECT} WHERE a.slot_id = ANY($1::uuid[]) ORDER BY a.booked_at`, [slotIds]);
  }

  async setStatus(m: EntityManager, id: string, status: string, extra: { cancelReason?: string | null; attendance?: boolean } = {}): Promise<void> {
    await m.query(
      `UPDATE agenda.appointments SET status = $2::varchar, cancel_reason = COALESCE($3::varchar, cancel_reason),
              cancelled_at = CASE WHEN $2::varchar IN ('cancelled', 'late_cancelled') THEN now() ELSE cancelled_at END,
              attendance_recorded_at = CASE WHEN $4::boolean THEN now() ELSE attendance_recorded_at END
        WHERE id = $1`,
      [id, status, extra.cancelReason ?? null, extra.attendance ?? false],
    );
  }

  async setRecallAnswer(m: EntityManager, id: string, answer: string): Promise<void> {
    await m.query(`UPDATE agenda.appointments SET recall_answer = $2, recall_answered_at = now() WHERE id = $1`, [id, answer]);
  }

  /** The office's day/week: its slots (operators' calendar, in person and remote together), by start. */
  calendar(q: { officeId: string; operatorId?: string; from: Date; to: Date; channel?: string }): Promise<(SlotRow & { serviceNameIt: string })[]> {
    const params: unknown[] = [q.officeId, q.from, q.to];
    let extra = '';
    if (q.operatorId) {
      params.push(q.operatorId);
      extra += ` AND s.operator_id = $${params.length}`;
    }
    if (q.channel) {
      params.push(q.channel);
      extra += ` AND $${params.length} = ANY(s.channels)`;
    }
    // prepared (one text per combination of filters): planning the join cost more than running it
    return queryPrepared(
      this.db,
      `SELECT ${SLOT_COLUMNS}, t.name_it AS "serviceNameIt"
         FROM agenda.slots s JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE s.office_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 ${extra}
        ORDER BY s.starts_at`,
      params,
    );
  }

  /** Which of these people had an appointment booked or held since the given instant. */
  async contactedSince(people: { citizenId: string; since: Date }[]): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT a.citizen_id AS "citizenId"
         FROM agenda.appointments a JOIN unnest($1::uuid[], $2::timestamptz[]) AS p(citizen_id, since) ON p.citizen_id = a.citizen_id
        WHERE a.status <> 'cancelled' AND a.booked_at >= p.since`,
      [people.map((p) => p.citizenId), people.map((p) => p.since.toISOString())],
    )) as { citizenId: string }[];
    return rows.map((r) => r.citizenId);
  }

  /** A person's appointments with their service (for the shared timeline). */
  async timelineRows(citizenId: string): Promise<{ id: string; bookedAt: Date; status: string; startsAt: Date; serviceCode: string; service: string; serviceEn: string }[]> {
    return (await this.db.query(
      `SELECT a.id, a.booked_at AS "bookedAt", a.status, s.starts_at AS "startsAt", t.code AS "serviceCode", t.name_it AS "service", t.name_en AS "serviceEn"
         FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id JOIN agenda.service_types t ON t.id = s.service_type_id
        WHERE a.citizen_id = $1`,
      [citizenId],
    )) as { id: string; bookedAt: Date; status: string; startsAt: Date; serviceCode: string; service: string; serviceEn: string }[];
  }
}
