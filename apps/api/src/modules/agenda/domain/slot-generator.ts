import { addDays, minutesOf, romeToInstant, timeOf, weekdayOf } from '../../../platform/time/rome-time';

export type Channel = 'in_person' | 'video' | 'phone';

/** A weekly availability: every `weekday` from `start` to `end` (Rome time), between two dates. */
export interface WeeklyRule {
  officeId: string;
  operatorId: string;
  weekday: number; // 1 = Monday … 7 = Sunday
  start: string; // 'HH:MM'
  end: string;
  validFrom: string; // 'YYYY-MM-DD'
  validTo: string | null;
  channels: Channel[];
}

export interface ServiceShape {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  capacity: number;
}

/** An absence (one operator) or a closure (operatorId null: the whole office). */
export interface AvailabilityException {
  officeId: string;
  operatorId: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface GeneratedSlot {
  officeId: string;
  operatorId: string;
  startsAt: Date;
  endsAt: Date;
  channels: Channel[];
  capacity: number;
}

/**
 * Slots of one service type from weekly rules over [from, to] (inclusive local dates): DST-correct
 * (times are Rome wall-clock), no slot on holidays, none overlapping an exception, buffers kept between
 * consecutive slots of the same rule.
 */
export function generateSlots(input: {
  rules: WeeklyRule[];
  service: ServiceShape;
  from: string;
  to: string;
  holidaysByOffice: (officeId: string, date: string) => boolean;
  exceptions: AvailabilityException[];
}): GeneratedSlot[] {
  const { service } = input;
  const step = service.bufferBeforeMinutes + service.durationMinutes + service.bufferAfterMinutes;
  const out: GeneratedSlot[] = [];
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    for (const rule of input.rules) {
      if (rule.weekday !== weekday || date < rule.validFrom || (rule.validTo && date > rule.validTo)) continue;
      if (input.holidaysByOffice(rule.officeId, date)) continue;
      const end = minutesOf(rule.end);
      for (let t = minutesOf(rule.start); t + step <= end; t += step) {
        const startLocal = timeOf(t + service.bufferBeforeMinutes);
        const endLocal = timeOf(t + service.bufferBeforeMinutes + service.durationMinutes);
        const startsAt = romeToInstant(date, startLocal);
        const endsAt = romeToInstant(date, endLocal);
        if (!startsAt || !endsAt) continue; // inside the hour skipped in March
        const blocked = input.exceptions.some(
          (e) => e.officeId === rule.officeId && (e.operatorId === null || e.operatorId === rule.operatorId) && e.startsAt < endsAt && e.endsAt > startsAt,
        );
        if (blocked) continue;
        out.push({ officeId: rule.officeId, operatorId: rule.operatorId, startsAt, endsAt, channels: rule.channels, capacity: service.capacity });
      }
    }
  }
  return out;
}
