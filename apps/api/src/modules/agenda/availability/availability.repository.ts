import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GeneratedSlot } from '../domain/slot-generator';
import { AvailabilityExceptionEntity } from '../entities/availability-exception.entity';
import { AvailabilityRuleEntity } from '../entities/availability-rule.entity';
import { OfficeCalendarEntity } from '../entities/office-calendar.entity';

/** Which slots of an office (one operator's, or all when `operatorId` is null) overlap a time window. */
export interface SlotWindow {
  officeId: string;
  operatorId: string | null;
  startsAt: Date;
  endsAt: Date;
}
const IN_WINDOW = `s.office_id = $1 AND ($2::uuid IS NULL OR s.operator_id = $2) AND s.starts_at < $4 AND s.ends_at > $3`;
const windowParams = (w: SlotWindow) => [w.officeId, w.operatorId, w.startsAt, w.endsAt];

/** Queries of availability: weekly rules, exceptions (absences, closures) and published slots, inside the caller's transaction. */
@Injectable()
export class AvailabilityRepository {
  saveRule(m: EntityManager, rule: Omit<AvailabilityRuleEntity, 'id' | 'createdAt'>): Promise<AvailabilityRuleEntity> {
    const rules = m.getRepository(AvailabilityRuleEntity);
    return rules.save(rules.create(rule));
  }

  async insertException(m: EntityManager, w: SlotWindow, reason: string, createdBy: string): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO agenda.availability_exceptions (office_id, operator_id, starts_at, ends_at, reason, created_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [...windowParams(w), reason, createdBy],
    )) as { id: string }[];
    return (row as { id: string }).id;
  }

  /** Deletes the window's free slots that were never booked; answers how many. */
  async deleteFreeSlots(m: EntityManager, w: SlotWindow): Promise<number> {
    const [deleted] = (await m.query(
      `DELETE FROM agenda.slots s WHERE ${IN_WINDOW} AND s.booked = 0 AND NOT EXISTS (SELECT 1 FROM agenda.appointments a WHERE a.slot_id = s.id) RETURNING s.id`,
      windowParams(w),
    )) as [unknown[], number];
    return deleted.length;
  }

  /** The live appointments booked inside the window. */
  async bookedAppointmentIds(m: EntityManager, w: SlotWindow): Promise<string[]> {
    const rows = (await m.query(`SELECT a.id FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id WHERE ${IN_WINDOW} AND a.status = 'booked'`, windowParams(w))) as {
      id: string;
    }[];
    return rows.map((r) => r.id);
  }

  /** Inserts slots; any overlapping an existing slot of the same operator is skipped by the EXCLUDE constraint. Answers how many went in. */
  async insertSlots(m: EntityManager, serviceTypeId: string, ruleId: string | null, slots: GeneratedSlot[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < slots.length; i += 2000) {
      const chunk = slots.slice(i, i + 2000);
      const rows = (await m.query(
        `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity, rule_id)
         SELECT o, op, $1, s, e, string_to_array(ch, ','), cap, $2
           FROM unnest($3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::smallint[]) AS t(o, op, s, e, ch, cap)
         ON CONFLICT ON CONSTRAINT slots_operator_no_overlap DO NOTHING
         RETURNING id`,
        [
          serviceTypeId,
          ruleId,
          chunk.map((s) => s.officeId),
          chunk.map((s) => s.operatorId),
          chunk.map((s) => s.startsAt),
          chunk.map((s) => s.endsAt),
          chunk.map((s) => s.channels.join(',')),
          chunk.map((s) => s.capacity),
        ],
      )) as unknown[]; // INSERT … RETURNING answers the rows
      inserted += rows.length;
    }
    return inserted;
  }

  officeCalendar(m: EntityManager, officeId: string): Promise<OfficeCalendarEntity | null> {
    return m.getRepository(OfficeCalendarEntity).findOneBy({ officeId });
  }
  exceptionsOf(m: EntityManager, officeId: string): Promise<AvailabilityExceptionEntity[]> {
    return m.getRepository(AvailabilityExceptionEntity).find({ where: { officeId } });
  }
}
