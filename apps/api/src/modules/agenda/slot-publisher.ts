import type { EntityManager } from 'typeorm';
import { addDays, todayRome } from '../../platform/time/rome-time';
import { AvailabilityRepository } from './availability/availability.repository';
import { holidaysOf } from './domain/holidays';
import { generateSlots, type Channel } from './domain/slot-generator';
import type { AvailabilityRuleEntity } from './entities/availability-rule.entity';
import type { ServiceTypeEntity } from './entities/service-type.entity';

// stateless (every query runs in the caller's transaction): the seed and the tests publish without the Nest container
const availability = new AvailabilityRepository();

/** Generates and stores a rule's slots from today to the horizon (holidays, patron day and exceptions excluded). */
export async function publishRule(m: EntityManager, rule: AvailabilityRuleEntity, t: ServiceTypeEntity, now = new Date(), horizonDays = t.horizonDays): Promise<number> {
  const today = todayRome(now);
  const from = rule.validFrom > today ? rule.validFrom : today;
  const horizonEnd = addDays(today, horizonDays);
  const to = rule.validTo && rule.validTo < horizonEnd ? rule.validTo : horizonEnd;
  const calendar = await availability.officeCalendar(m, rule.officeId);
  const exceptions = await availability.exceptionsOf(m, rule.officeId);
  const holidayCache = new Map<number, Map<string, string>>();
  const isHoliday = (_office: string, date: string) => {
    const year = Number(date.slice(0, 4));
    if (!holidayCache.has(year)) holidayCache.set(year, holidaysOf(year, calendar?.patronMonthDay));
    return holidayCache.get(year)?.has(date) ?? false;
  };
  const slots = generateSlots({
    rules: [
      {
        officeId: rule.officeId,
        operatorId: rule.operatorId,
        weekday: rule.weekday,
        start: rule.startTime.slice(0, 5),
        end: rule.endTime.slice(0, 5),
        validFrom: rule.validFrom,
        validTo: rule.validTo,
        channels: rule.channels as Channel[],
      },
    ],
    service: t,
    from,
    to,
    holidaysByOffice: isHoliday,
    exceptions: exceptions.map((e) => ({ officeId: e.officeId, operatorId: e.operatorId, startsAt: e.startsAt, endsAt: e.endsAt })),
  }).filter((s) => s.startsAt > now);
  return availability.insertSlots(m, t.id, rule.id, slots);
}
