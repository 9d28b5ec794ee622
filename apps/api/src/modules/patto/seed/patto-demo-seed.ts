import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, romeParts } from '../../../platform/time/rome-time';

/**
 * DEMO DATA (development and browser tests), idempotent:
 * - Giulia Bianchi (dev IdP citizen, CPI Moncalieri) filed a DID 40 days ago as a NASpI recipient and has not
 *   contacted the CPI: she is overdue in Moncalieri's worklist;
 * - five generated people of CPI Torino with overdue or nearly due DIDs;
 * - twelve generated people of CPI Moncalieri with a signed patto on GOL pathway 1 and 0–8 applications logged this
 *   month: the comparison group of the peer feedback.
 */
export async function seedPattoDemo(db: DataSource, now = new Date()): Promise<{ dids: number; patti: number }> {
  return db.transaction(async (m) => {
    const today = romeParts(now).date;
    const office = async (code: string): Promise<string> => (await m.query(`SELECT id FROM registry.offices WHERE code = $1`, [code]))[0].id;
    const [to, mo] = [await office('CPI-TO'), await office('CPI-MO')];
    const sap = JSON.stringify({
      education: [{ title: 'Diploma di scuola superiore', eqfLevel: 4 }],
      jobs: [{ occupation: 'Addetta alle vendite', from: '2015-03-01', to: addDays(today, -60) }],
      languages: [{ language: 'en', level: 'A2' }],
      licences: ['B'],
    });
    const addDid = async (citizenId: string, fiscalCode: string, officeId: string, daysAgo: number, benefit: string) => {
      const contactDays = benefit === 'naspi' || benefit === 'dis_coll' ? 15 : 30;
      const filed = addDays(today, -daysAgo);
      const r = (await m.query(
        `INSERT INTO patto.dids (citizen_id, fiscal_code, office_id, status, filed_at, work_condition, last_job_end_date, benefit, citizenship, sap, contact_deadline, contact_days)
         SELECT $1, $2, $3, 'active', ($4::date + time '10:00') AT TIME ZONE 'Europe/Rome', 'no_job', $4::date - 20, $5, 'IT', $6::jsonb, $4::date + $7::int, $7
          WHERE NOT EXISTS (SELECT 1 FROM patto.dids WHERE citizen_id = $1) RETURNING id`,
        [citizenId, fiscalCode, officeId, filed, benefit, sap, contactDays],
      )) as unknown[];
      return r.length;
    };
    let dids = 0;
    const giulia = (await m.query(`SELECT id FROM registry.citizens WHERE fiscal_code = 'BNCGLI90A41F335M'`))[0];
    if (giulia) dids += await addDid(giulia.id, 'BNCGLI90A41F335M', mo, 40, 'naspi');
    const generated = async (officeId: string, n: number) =>
      (await m.query(
        `SELECT id, fiscal_code AS "fiscalCode" FROM registry.citizens WHERE office_id = $1 AND email LIKE '%@example.it' AND email ~ '[0-9]@' ORDER BY fiscal_code LIMIT $2`,
        [officeId, n],
      )) as { id: string; fiscalCode: string }[];
    for (const [i, c] of (await generated(to, 5)).entries()) dids += await addDid(c.id, c.fiscalCode, to, [45, 38, 33, 26, 12][i]!, i % 2 ? 'naspi' : 'none');

    let patti = 0;
    const staff = (
      await m.query(`SELECT s.id, s.given_name || ' ' || s.family_name AS name, s.fiscal_code AS "fiscalCode" FROM registry.staff s WHERE s.fiscal_code = 'FRRNNA82D50F335D'`)
    )[0];
    const month = today.slice(0, 8);
    for (const [i, c] of (await generated(mo, 12)).entries()) {
      const exists = (await m.query(`SELECT 1 FROM patto.patti WHERE citizen_id = $1`, [c.id])) as unknown[];
      if (exists.length || !staff) continue;
      dids += await addDid(c.id, c.fiscalCode, mo, 70 + i, 'none');
      const content = {
        pathway: 1,
        agencyId: null,
        agencyName: null,
        responsibleName: staff.name,
        jobSearchActs: 'Quattro candidature al mese a offerte coerenti con il profilo.',
        contactFrequencyDays: 30,
        proofOfSearch: 'Registrare le candidature nel piano personale.',
        availability: { workshops: true, training: false, congruousOffers: true },
        profilingIndex: 0.3,
        actions: [],
      };
      const text = `PATTO DI SERVIZIO PERSONALIZZATO – versione 1 (dati dimostrativi) – ${c.fiscalCode}`;
      const sha = createHash('sha256').update(text).digest('hex');
      const [p] = await m.query(
        `INSERT INTO patto.patti (citizen_id, citizen_fiscal_code, office_id, responsible_staff_id, status) VALUES ($1, $2, $3, $4, 'signed') RETURNING id`,
        [c.id, c.fiscalCode, mo, staff.id],
      );
      const [v] = await m.query(
        `INSERT INTO patto.patto_versions (patto_id, version, status, content, summary, full_text, sha256, required_parties, created_by, proposed_at)
         VALUES ($1, 1, 'proposed', $2::jsonb, 'Patto dimostrativo.', $3, $4, '{citizen,operator}', $5, now() - interval '30 days') RETURNING id`,
        [p.id, JSON.stringify(content), text, sha, staff.fiscalCode],
      );
      await m.query(
        `INSERT INTO patto.signatures (version_id, party, signer_fiscal_code, signer_name, method, document_sha256, signed_at)
         VALUES ($1, 'citizen', $2, 'Persona (demo)', 'in_person_scan', $4, now() - interval '29 days'), ($1, 'operator', $3, $5, 'session', $4, now() - interval '29 days')`,
        [v.id, c.fiscalCode, staff.fiscalCode, sha, staff.name],
      );
      await m.query(`UPDATE patto.patto_versions SET status = 'signed', signed_at = now() - interval '29 days' WHERE id = $1`, [v.id]);
      for (let k = 0; k < i % 9; k++) {
        await m.query(
          `INSERT INTO patto.plan_items (citizen_id, source, kind, title, employer, activity_date, status, status_at) VALUES ($1, 'own', 'application', 'Candidatura', 'Azienda dimostrativa', $2, 'done', now())`,
          [c.id, `${month}${String(1 + (k % Number(today.slice(8, 10)))).padStart(2, '0')}`],
        );
      }
      patti++;
    }
    return { dids, patti };
  });
}
