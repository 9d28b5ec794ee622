import type { TestApp } from '../../../test/test-app';
import { SessionService } from '../identity/session.service';

export const MARIO = 'RSSMRA85T10L219G';
export const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
export const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri

/** Sessions for seeded citizens, minted directly (the SAML round trip is proven elsewhere). */
export async function citizenSessions(t: TestApp, n: number): Promise<{ cookie: string; csrf: string; fiscalCode: string }[]> {
  const people: { fiscal_code: string; given_name: string; family_name: string }[] = await t.db.query(
    `SELECT fiscal_code, given_name, family_name FROM registry.citizens ORDER BY fiscal_code LIMIT $1`,
    [n],
  );
  const sessions = t.app.get(SessionService);
  return Promise.all(
    people.map(async (p) => {
      const { token, session } = await sessions.create({
        fiscalCode: p.fiscal_code,
        givenName: p.given_name,
        familyName: p.family_name,
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
      return { cookie: `opencpi_sid=${token}`, csrf: session.csrfToken, fiscalCode: p.fiscal_code };
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
    const [slot] = await t().db.query(
      `INSERT INTO agenda.slots (office_id, operator_id, service_type_id, starts_at, ends_at, channels, capacity)
       SELECT so.office_id, so.staff_id, (SELECT id FROM agenda.service_types WHERE code = 'laboratorio-cv'),
              ((current_date + $3::int) + time '18:00') AT TIME ZONE 'Europe/Rome', ((current_date + $3::int) + time '20:00') AT TIME ZONE 'Europe/Rome', '{in_person}', $1
         FROM registry.staff_offices so JOIN registry.staff s ON s.id = so.staff_id WHERE s.fiscal_code = $2
       RETURNING id`,
      [capacity, operatorFiscalCode, day],
    );
    return slot.id as string;
  };
}
