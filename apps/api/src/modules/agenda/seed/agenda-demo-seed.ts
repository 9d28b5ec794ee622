import type { DataSource } from 'typeorm';
import { romeParts } from '../../../platform/time/rome-time';
import { AvailabilityRuleEntity } from '../entities/availability-rule.entity';
import { ServiceTypeEntity } from '../entities/service-type.entity';
import { publishRule } from '../slot-publisher';

/** DEMO service catalogue: durations, channels and capacities are plausible defaults a region would tune. */
export const DEMO_SERVICE_TYPES = [
  {
    code: 'prima-accoglienza',
    nameIt: 'Prima accoglienza e informazioni',
    nameEn: 'First reception and information',
    durationMinutes: 30,
    channels: ['in_person', 'video', 'phone'],
    capacity: 1,
    bufferAfterMinutes: 10,
  },
  {
    code: 'patto-servizio',
    nameIt: 'Patto di servizio personalizzato',
    nameEn: 'Personal service agreement',
    durationMinutes: 60,
    channels: ['in_person', 'video'],
    capacity: 1,
    bufferAfterMinutes: 15,
  },
  {
    code: 'orientamento',
    nameIt: 'Orientamento di base',
    nameEn: 'Basic career guidance',
    durationMinutes: 45,
    channels: ['in_person', 'video', 'phone'],
    capacity: 1,
    bufferAfterMinutes: 15,
  },
  {
    code: 'colloquio-specialistico',
    nameIt: 'Colloquio di orientamento specialistico',
    nameEn: 'Specialist guidance interview',
    durationMinutes: 60,
    channels: ['in_person', 'video'],
    capacity: 1,
    bufferAfterMinutes: 15,
  },
  {
    code: 'laboratorio-cv',
    nameIt: 'Laboratorio di gruppo: scrivere il CV',
    nameEn: 'Group workshop: writing your CV',
    durationMinutes: 120,
    channels: ['in_person'],
    capacity: 12,
    bufferAfterMinutes: 0,
  },
] as const;

/** Patron saints' days of the demo offices' comuni (Torino: San Giovanni Battista, 24 June). */
const PATRON_DAYS: Record<string, [string, string]> = { 'CPI-TO': ['06-24', 'San Giovanni Battista'] };

/**
 * Weekly demo availability of every operator: first-reception mornings Monday–Friday (9:00–12:30), and one afternoon
 * service a day from 16:00 to 18:00, so that every service has free slots at every demo office. 14:00–16:00 and
 * Saturdays stay free (the browser journey and the tests publish their own rules there), and so does 18:00–20:00
 * (the tests' group slots).
 */
export const DEMO_WEEK: readonly { service: (typeof DEMO_SERVICE_TYPES)[number]['code']; weekdays: number[]; start: string; end: string }[] = [
  { service: 'prima-accoglienza', weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '12:30' },
  { service: 'patto-servizio', weekdays: [1, 4], start: '16:00', end: '18:00' },
  { service: 'orientamento', weekdays: [2], start: '16:00', end: '18:00' },
  { service: 'colloquio-specialistico', weekdays: [3], start: '16:00', end: '18:00' },
  { service: 'laboratorio-cv', weekdays: [5], start: '16:00', end: '18:00' },
];

/**
 * Demo agenda: the service catalogue and, for every operator, the DEMO_WEEK published for the booking horizon.
 * Idempotent: a rule is created once per operator and service.
 */
export async function seedAgendaDemo(db: DataSource, now = new Date()): Promise<{ serviceTypes: number; rules: number; slots: number }> {
  return db.transaction(async (m) => {
    for (const t of DEMO_SERVICE_TYPES) {
      await m.query(
        `INSERT INTO agenda.service_types (code, name_it, name_en, duration_minutes, channels, capacity, buffer_after_minutes, min_notice_minutes, horizon_days, cancel_cutoff_hours)
         VALUES ($1,$2,$3,$4,$5,$6,$7,120,56,24) ON CONFLICT (code) DO NOTHING`,
        [t.code, t.nameIt, t.nameEn, t.durationMinutes, t.channels, t.capacity, t.bufferAfterMinutes],
      );
    }
    for (const [code, [day, name]] of Object.entries(PATRON_DAYS)) {
      await m.query(
        `INSERT INTO agenda.office_calendars (office_id, patron_month_day, patron_name) SELECT id, $2, $3 FROM registry.offices WHERE code = $1 ON CONFLICT DO NOTHING`,
        [code, day, name],
      );
    }
    let rules = 0;
    let slots = 0;
    const validFrom = romeParts(now).date;
    for (const week of DEMO_WEEK) {
      const service = await m.getRepository(ServiceTypeEntity).findOneByOrFail({ code: week.service });
      const operators: { staffId: string; officeId: string; fiscalCode: string }[] = await m.query(
        `SELECT s.id AS "staffId", MIN(so.office_id::text)::uuid AS "officeId", s.fiscal_code AS "fiscalCode"
           FROM registry.staff s JOIN registry.staff_offices so ON so.staff_id = s.id
          WHERE s.role = 'operator' AND NOT EXISTS (SELECT 1 FROM agenda.availability_rules r WHERE r.operator_id = s.id AND r.service_type_id = $1)
          GROUP BY s.id, s.fiscal_code`,
        [service.id],
      );
      for (const op of operators) {
        for (const weekday of week.weekdays) {
          const rule = await m.getRepository(AvailabilityRuleEntity).save(
            m.getRepository(AvailabilityRuleEntity).create({
              officeId: op.officeId,
              operatorId: op.staffId,
              serviceTypeId: service.id,
              weekday,
              startTime: week.start,
              endTime: week.end,
              validFrom,
              validTo: null,
              channels: [...service.channels],
              createdBy: op.fiscalCode,
            }),
          );
          rules++;
          slots += await publishRule(m, rule, service, now);
        }
      }
    }
    return { serviceTypes: DEMO_SERVICE_TYPES.length, rules, slots };
  });
}
