import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Env } from '../../../config/env';
import { SqlStatement } from '../../../database/sql-statement';
import { KeyRing } from '../../../platform/keys/key-ring';
import { addDays, romeToInstant, todayRome } from '../../../platform/time/rome-time';
import { AgendaRepository } from '../agenda.repository';
import { AppointmentLinks } from '../appointments/appointment-links';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { RegistryRepository } from '../../registry/registry.repository';

/** Links of the citizen SPA that open without logging in, on the demo data: paths relative to CITIZEN_WEB_URL. */
export interface DemoLinks {
  invitation: string;
  recall: string;
}

export const DEMO_LINKS_REFUSED = 'demo-links creates invitations and appointments: it does not run with NODE_ENV=production';

const SERVICE = 'prima-accoglienza';
const INVITED = 'KHLFTM95M52Z330E'; // Fatima Khalil, CPI Torino (the dev IdP's identities)
const BOOKER = 'RSSMRA85T10L219G'; // Mario Rossi, CPI Torino: booked when no demo appointment lies ahead
const OPERATOR = 'VRDLCU78C15L219W'; // Luca Verdi, operator at CPI Torino: who "sent" the invitation
const WITHIN_DAYS = 7;

/**
 * A new invitation for a demo citizen (its page lists free slots) and the recall link of a booked demo appointment
 * ahead (one is booked when there is none), signed with the API's keys: what a developer, or `npm run bench:web`,
 * opens to see the no-login pages with their data. The invitation is written as InvitationsService.create writes it
 * (same repository, token, hash and expiry), without its message to the person or its audit record: nobody is told.
 */
export async function createDemoLinks(db: DataSource, env: Env, now = new Date()): Promise<DemoLinks> {
  if (env.NODE_ENV === 'production') throw new Error(DEMO_LINKS_REFUSED);
  const keys = new KeyRing(env);
  const agenda = new AgendaRepository(db);
  const type = await agenda.serviceTypeByCode(SERVICE);
  const invited = await citizen(db, INVITED);
  const office = invited.officeId ? { id: invited.officeId } : undefined; // the invited person's own CPI (Torino)
  if (!type || !office) throw new Error(`no service "${SERVICE}" or no CPI for ${INVITED}: run "cli.js seed" first`);

  const expiresAt = romeToInstant(addDays(todayRome(now), WITHIN_DAYS + 1), '00:00') as Date; // as InvitationsService.create
  const earliest = new Date(now.getTime() + type.minNoticeMinutes * 60_000);
  const free = await agenda.freeSlots({ serviceTypeId: type.id, officeId: office.id, from: earliest, to: expiresAt, limit: 2 });
  if (free.length < 2) throw new Error(`no free "${SERVICE}" slots at the CPI of ${INVITED} in the next ${WITHIN_DAYS} days: run "cli.js seed" first`);

  const id = randomUUID();
  const token = keys.sign('invitation-link', `invitation:${id}`); // InvitationsService.tokenOf, under the signing kid
  await new InvitationsRepository(db).insert(db.manager, {
    id,
    citizenId: invited.id,
    citizenFiscalCode: invited.fiscalCode,
    officeId: office.id,
    serviceTypeId: type.id,
    tokenHash: createHash('sha256').update(token).digest('hex'),
    expiresAt,
    createdBy: OPERATOR,
  });

  // the second free slot when one must be booked: the invitation keeps at least one to offer
  const appointmentId = (await bookedAhead(db, now)) ?? (await book(db, agenda, await citizen(db, BOOKER), free[1]!.id, earliest, now));
  const recall = new AppointmentLinks(env, keys).recallLink(appointmentId);
  return { invitation: `/invito/${token}`, recall: recall.slice(env.CITIZEN_WEB_URL.length) };
}

/** A person of the demo registry, read through the registry's own repository (its tables are its own). */
async function citizen(db: DataSource, fiscalCode: string): Promise<{ id: string; fiscalCode: string; officeId: string | null }> {
  const row = await new RegistryRepository(db).citizenRefRow(fiscalCode);
  if (!row) throw new Error(`no citizen ${fiscalCode} in the registry: run "cli.js seed" first`);
  return { id: row.id, fiscalCode: row.fiscalCode, officeId: row.officeId ?? null };
}

/** The soonest booked appointment of a registry citizen starting at least an hour from now, if any. */
async function bookedAhead(db: DataSource, now: Date): Promise<string | null> {
  const [row] = (await db.query(
    `SELECT a.id FROM agenda.appointments a JOIN agenda.slots s ON s.id = a.slot_id JOIN registry.citizens c ON c.id = a.citizen_id
      WHERE a.status = 'booked' AND s.starts_at > $1::timestamptz + interval '1 hour' ORDER BY s.starts_at, a.id LIMIT 1`,
    [now],
  )) as { id: string }[];
  return row?.id ?? null;
}

/** Books the slot for the person as the booking's own statement does (AgendaRepository.bookSql), without its messages. */
async function book(db: DataSource, agenda: AgendaRepository, person: { id: string; fiscalCode: string }, slotId: string, notBefore: Date, now: Date): Promise<string> {
  await agenda.endPastLive(person.fiscalCode, now); // a past booking left live would block a new one of the service
  const id = randomUUID();
  const st = new SqlStatement();
  const sql = agenda.bookSql(st, { id, slotId, notBefore, channel: 'in_person', citizenId: person.id, citizenFiscalCode: person.fiscalCode, source: 'citizen' }, () => []);
  const result = await db.transaction((m) => agenda.runBooking(m, sql, st));
  if (result?.booked !== 1) throw new Error(`could not book slot ${slotId} for ${person.fiscalCode}`);
  return id;
}
