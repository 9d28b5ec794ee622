import type { EntityManager } from 'typeorm';
import { holidaysOf } from './domain/holidays';
import { addDays, romeParts } from './domain/rome-time';
import { generateSlots, type Channel, type GeneratedSlot } from './domain/slot-generator';
import { AvailabilityExceptionEntity } from './entities/availability-exception.entity';
import type { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import { OfficeCalendarEntity } from './entities/office-calendar.entity';
import type { ServiceTypeEntity } from './entities/service-type.entity';

/** Inserts slots; any overlapping an existing slot of the same operator is skipped by the EXCLUDE constraint. */
export async function insertSlots(m: EntityManager, serviceTypeId: string, ruleId: string | null, slots: GeneratedSlot[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < slots.length; i += 2000) {
    const chunk = slots.slice(i, i + 2000);
    const rows = (await m.query(
      `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity, rule_id)
       SELECT o, op, $1, s, e, string_to_array(ch, ','), cap, $2
         FROM unnest($3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::smallint[]) AS t(o, op, s, e, ch, cap)
       ON CONFLICT ON CONSTRAINT slots_operator_no_overlap DO NOTHING
       RETURNING id`,
      [serviceTypeId, ruleId, chunk.map((s) => s.officeId), chunk.map((s) => s.operatorId), chunk.map((s) => s.startsAt),
        chunk.map((s) => s.endsAt), chunk.map((s) => s.channels.join(',')), chunk.map((s) => s.capacity)],
    )) as unknown[]; // INSERT … RETURNING answers the rows
    inserted += rows.length;
  }
  return inserted;
}

/** Generates and stores a rule's slots from today to the horizon (holidays, patron day and exceptions excluded). */
export async function publishRule(m: EntityManager, rule: AvailabilityRuleEntity, t: ServiceTypeEntity, now = new Date(), horizonDays = t.horizonDays): Promise<number> {
  const today = romeParts(now).date;
  const from = rule.validFrom > today ? rule.validFrom : today;
  const horizonEnd = addDays(today, horizonDays);
  const to = rule.validTo && rule.validTo < horizonEnd ? rule.validTo : horizonEnd;
  const calendar = await m.getRepository(OfficeCalendarEntity).findOneBy({ officeId: rule.officeId });
  const exceptions = await m.getRepository(AvailabilityExceptionEntity).find({ where: { officeId: rule.officeId } });
  const holidayCache = new Map<number, Map<string, string>>();
  const isHoliday = (_office: string, date: string) => {
    const year = Number(date.slice(0, 4));
    if (!holidayCache.has(year)) holidayCache.set(year, holidaysOf(year, calendar?.patronMonthDay));
    return holidayCache.get(year)?.has(date) ?? false;
  };
  const slots = generateSlots({
    rules: [{ officeId: rule.officeId, operatorId: rule.operatorId, weekday: rule.weekday, start: rule.startTime.slice(0, 5), end: rule.endTime.slice(0, 5),
      validFrom: rule.validFrom, validTo: rule.validTo, channels: rule.channels as Channel[] }],
    service: t, from, to, holidaysByOffice: isHoliday,
    exceptions: exceptions.map((e) => ({ officeId: e.officeId, operatorId: e.operatorId, startsAt: e.startsAt, endsAt: e.endsAt })),
  }).filter((s) => s.startsAt > now);
  return insertSlots(m, t.id, rule.id, slots);
}
