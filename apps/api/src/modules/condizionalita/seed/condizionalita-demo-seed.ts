import type { DataSource } from 'typeorm';
import { EventConsumers } from '../../../platform/events/event-consumers';
import { EventDeliveryRepository } from '../../../platform/events/event-delivery.repository';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { OPEN_CASE } from '../consumers/open-case.consumer';
import { addDays, romeParts, romeToInstant } from '../../../platform/time/rome-time';

/** The demo's missed appointments: fixed ids, so that a second seed adds nothing. */
const DEMO = [
  // Mario Rossi (dev IdP citizen, NASpI in the simulator's demo data, CPI Torino): missed this morning's appointment;
  // he can justify until tomorrow (citizen journey: told, justifies with a document, the operator decides)
  { appointmentId: '0c0d0000-0000-4000-8000-000000000001', fiscalCode: 'RSSMRA85T10L219G', daysAgo: 0 },
  // Giorgia Bianchi (NASpI in the simulator, CPI Torino): missed one four days ago, the window is closed: the operator
  // can decide "not justified" and the manager confirm (four eyes)
  { appointmentId: '0c0d0000-0000-4000-8000-000000000002', fiscalCode: 'BNCGRG66T55L219Z', daysAgo: 4 },
];

/**
 * DEMO DATA (development and browser tests), idempotent. Conditionality cases are opened only by the module's consumer,
 * so the seed publishes what the agenda would have published: `attendance.recorded` (absent) events. When the API runs
 * (with the national-systems simulator, as `npm start` does), the relay delivers them to `condizionalita.open-case`,
 * which reads the benefits from INPS, opens the cases and tells the people.
 */
export async function seedCondizionalitaDemo(db: DataSource, now = new Date()): Promise<{ events: number }> {
  const today = romeParts(now).date;
  // outside the app no consumer is registered: the events are addressed to this module's consumer (the only reader of them in the demo)
  const consumers = new EventConsumers();
  consumers.register({ ...OPEN_CASE, handle: async () => undefined });
  const outbox = new EventOutbox(consumers, new EventDeliveryRepository(db));
  return db.transaction(async (m) => {
    let events = 0;
    for (const d of DEMO) {
      const exists = (await m.query(`SELECT 1 FROM events.outbox WHERE type = 'attendance.recorded' AND aggregate_id = $1`, [d.appointmentId])) as unknown[];
      const [citizen] = (await m.query(`SELECT office_id AS "officeId" FROM registry.citizens WHERE fiscal_code = $1`, [d.fiscalCode])) as { officeId: string | null }[];
      if (exists.length > 0 || !citizen?.officeId) continue;
      await outbox.publish(m, {
        type: 'attendance.recorded',
        aggregateType: 'appointment',
        aggregateId: d.appointmentId,
        payload: {
          appointmentId: d.appointmentId,
          convocationId: null,
          citizenFiscalCode: d.fiscalCode,
          officeId: citizen.officeId,
          startsAt: romeToInstant(addDays(today, -d.daysAgo), '09:00')!.toISOString(),
          outcome: 'absent',
          note: null,
          recordedBy: 'VRDLCU78C15L219W',
        },
      });
      events++;
    }
    return { events };
  });
}
