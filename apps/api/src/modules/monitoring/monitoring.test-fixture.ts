import type { TestApp } from '../../../test/test-app';
import { insertPastAppointment } from '../agenda/kpi/agenda-kpi.test-kit';
import { insertPastCase } from '../condizionalita/kpi/condizionalita-kpi.test-kit';
import { insertPastVacancy } from '../matching/kpi/matching-kpi.test-kit';
import { insertPastDid, insertPastProfiling, insertPastSignedPatto } from '../patto/kpi/patto-kpi.test-kit';
import { officeIdsByCode, staffOf } from '../registry/registry.test-kit';

export const PAOLO = 'CLMPLA70E20C627O'; // cpi_manager, CPI Torino
export const SARA = 'RCCSRA75H60E379W'; // region_admin
export const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
export const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri

/** Europe/Rome winter time (CET) of a day at 10:00. */
export const at = (day: string) => `${day}T10:00:00+01:00`;

export interface Fixture {
  to: string;
  mo: string;
  luca: string;
  anna: string;
}

/**
 * The small fixed data set of the indicators' tests (2021-01..2021-03, CPI Torino and CPI Moncalieri), written through
 * the owners' test-kits. The expected values are worked out by hand beside each assertion in monitoring.int-spec.ts.
 */
export async function buildFixture(t: TestApp): Promise<Fixture> {
  const offices = await officeIdsByCode(t);
  const [to, mo] = [offices['CPI-TO']!, offices['CPI-MO']!];
  const luca = (await staffOf(t, LUCA)).staffId;
  const anna = (await staffOf(t, ANNA)).staffId;
  const db = t.db;

  // CPI Torino: 4 DIDs. d1 contacted in window (profiling), d2 late (patto after its deadline), d3 never (deadline
  // passed), d4 (February) in window. Patti: d1 pathway 1 signed 4 Feb (25 days), d2 pathway 2 signed 12 Feb (28),
  // d4 pathway 1 signed 1 Mar (26).
  const d1 = await insertPastDid(db, { officeId: to, filedAt: at('2021-01-10'), contactDeadline: '2021-02-09' });
  await insertPastProfiling(db, d1, at('2021-01-20'));
  await insertPastSignedPatto(db, { citizenId: d1.citizenId, officeId: to, staffId: luca, createdAt: at('2021-01-25'), signedAt: at('2021-02-04'), pathway: 1 });
  const d2 = await insertPastDid(db, { officeId: to, filedAt: at('2021-01-15'), contactDeadline: '2021-01-30' });
  await insertPastSignedPatto(db, { citizenId: d2.citizenId, officeId: to, staffId: luca, createdAt: at('2021-02-05'), signedAt: at('2021-02-12'), pathway: 2 });
  await insertPastDid(db, { officeId: to, filedAt: at('2021-01-20'), contactDeadline: '2021-02-19' });
  const d4 = await insertPastDid(db, { officeId: to, filedAt: at('2021-02-03'), contactDeadline: '2021-03-05' });
  await insertPastProfiling(db, d4, at('2021-02-10'));
  await insertPastSignedPatto(db, { citizenId: d4.citizenId, officeId: to, staffId: luca, createdAt: at('2021-02-20'), signedAt: at('2021-03-01'), pathway: 1 });
  // CPI Moncalieri: 1 DID contacted in window, its patto (pathway 3) signed after 30 days
  const m1 = await insertPastDid(db, { officeId: mo, filedAt: at('2021-01-12'), contactDeadline: '2021-01-27' });
  await insertPastProfiling(db, m1, at('2021-01-26'));
  await insertPastSignedPatto(db, { citizenId: m1.citizenId, officeId: mo, staffId: anna, createdAt: at('2021-02-01'), signedAt: at('2021-02-11'), pathway: 3 });

  // appointments, CPI Torino (Luca): January a1..a6, February a7, a8; CPI Moncalieri (Anna): January b1, b2
  const appt = (officeId: string, operatorId: string, day: string, kind: 'invitation' | 'convocation' | 'booking', channel: 'in_person' | 'video' | 'phone', status: string) =>
    insertPastAppointment(db, { officeId, operatorId, startsAt: at(day), kind, channel, status });
  await appt(to, luca, '2021-01-11', 'invitation', 'in_person', 'attended'); // a1
  await appt(to, luca, '2021-01-12', 'invitation', 'in_person', 'absent'); // a2
  await appt(to, luca, '2021-01-13', 'convocation', 'video', 'absent'); // a3
  await appt(to, luca, '2021-01-14', 'convocation', 'phone', 'attended'); // a4
  await appt(to, luca, '2021-01-15', 'booking', 'in_person', 'absent_justified'); // a5
  await appt(to, luca, '2021-01-18', 'booking', 'video', 'booked'); // a6: no attendance recorded
  await appt(to, luca, '2021-02-15', 'invitation', 'in_person', 'attended'); // a7
  await appt(to, luca, '2021-02-16', 'convocation', 'in_person', 'absent'); // a8
  await appt(mo, anna, '2021-01-11', 'invitation', 'in_person', 'attended'); // b1
  await appt(mo, anna, '2021-01-12', 'invitation', 'video', 'attended'); // b2

  // vacancies, CPI Torino: v1 filled after 20 days (January), v2 after 40 (February), v3 not filled
  await insertPastVacancy(db, { officeId: to, publishedAt: at('2021-01-05'), hiredAt: at('2021-01-25') });
  await insertPastVacancy(db, { officeId: to, publishedAt: at('2021-01-10'), hiredAt: at('2021-02-19') });
  await insertPastVacancy(db, { officeId: to, publishedAt: at('2021-02-01') });
  // conditionality cases, CPI Torino: two in January, one in February
  await insertPastCase(db, { officeId: to, openedAt: at('2021-01-20') });
  await insertPastCase(db, { officeId: to, openedAt: at('2021-01-21') });
  await insertPastCase(db, { officeId: to, openedAt: at('2021-02-22'), breachCode: 'patto_signature_overdue' });
  return { to, mo, luca, anna };
}
