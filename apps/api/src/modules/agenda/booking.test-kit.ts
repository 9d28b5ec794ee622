import type { TestApp } from '../../../test/test-app';
import { SessionService } from '../identity/session.service';
import { seededCitizens, staffOf } from '../registry/registry.test-kit';

export const MARIO = 'RSSMRA85T10L219G';
export const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
export const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri

/** Sessions for seeded citizens, minted directly (the SAML round trip is proven elsewhere). */
export async function citizenSessions(t: TestApp, n: number): Promise<{ cookie: string; csrf: string; fiscalCode: string }[]> {
  const people = await seededCitizens(t, n);
  const sessions = t.app.get(SessionService);
  return Promise.all(
    people.map(async (p) => {
      const { token, session } = await sessions.create({
        fiscalCode: p.fiscalCode,
        givenName: p.givenName,
        familyName: p.familyName,
        roles: ['citizen'],
        spidLevel: 2,
        kind: 'spid',
        app: 'citizen',
        idpEntityId: 'test',
        nameId: null,
        sessionIndex: null,
        ip: null,
        userAgent: null,
      });
      return { cookie: `opencpi_sid=${token}`, csrf: session.csrfToken, fiscalCode: p.fiscalCode };
    }),
  );
}

/**
 * A maker of group slots 18:00–20:00 Rome, each on its own day from `firstDay` days ahead: outside the seeded availability
 * whatever the hour the test runs.
 */
export function groupSlots(t: () => TestApp, firstDay = 20): (capacity: number, operatorFiscalCode?: string) => Promise<string> {
  let slotDay = firstDay;
  return async (capacity, operatorFiscalCode = LUCA) => {
    const day = slotDay++;
    const { staffId, officeId } = await staffOf(t(), operatorFiscalCode);
    const [slot] = await t().db.query(
      `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
       SELECT $4::uuid, $2::uuid, (SELECT id FROM agenda.service_types WHERE code = 'laboratorio-cv'),
              ((current_date + $3::int) + time '18:00') AT TIME ZONE 'Europe/Rome', ((current_date + $3::int) + time '20:00') AT TIME ZONE 'Europe/Rome', '{in_person}', $1
       RETURNING id`,
      [capacity, staffId, day, officeId],
    );
    return slot.id as string;
  };
}

let startedCount = 0;
/**
 * Moves an appointment's slot into the past, so that its attendance can be recorded (the API refuses it before the
 * start). Each call goes another two hours back: the seeded slots all start after the template was made, and two
 * moved slots of one operator never overlap.
 */
export async function startAppointment(t: TestApp, appointmentId: string): Promise<void> {
  startedCount++;
  await t.db.query(
    `UPDATE agenda.slots s SET starts_at = now() - make_interval(hours => 2 * $2::int), ends_at = now() - make_interval(hours => 2 * $2::int) + (s.ends_at - s.starts_at)
       FROM agenda.appointments a WHERE a.id = $1 AND s.id = a.slot_id`,
    [appointmentId, startedCount],
  );
}
