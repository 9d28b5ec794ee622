import type { DataSource } from 'typeorm';
import { addDays, romeParts } from '../../../platform/time/rome-time';
import { profileKeys } from '../engine/match-keys';
import { loadTaxonomySample } from '../taxonomy/load-sample';

const occ = 'urn:opencpi:esco-sample:occupation:';
const sk = 'urn:opencpi:esco-sample:skill:';

/**
 * DEMO DATA (development and browser tests), idempotent: the ESCO SAMPLE and comuni centroids, six published vacancies
 * of demo companies around Turin, a training catalogue, and 40 generated people with professional profiles (mostly
 * warehouse and retail) for preselection. Not official data.
 */
export async function seedMatchingDemo(db: DataSource, now = new Date()): Promise<{ taxonomy: object; vacancies: number; courses: number; profiles: number }> {
  const taxonomy = await loadTaxonomySample(db);
  return db.transaction(async (m) => {
    const done = (await m.query(`SELECT 1 FROM matching.vacancies WHERE created_by = 'DEMO0000000DEMO0' LIMIT 1`)) as unknown[];
    if (done.length) return { taxonomy, vacancies: 0, courses: 0, profiles: 0 };
    const today = romeParts(now).date;
    const occId = async (slug: string) =>
      ((await m.query(`SELECT id, isco_code FROM matching.occupations WHERE esco_uri = $1`, [occ + slug])) as { id: number; isco_code: string }[])[0]!;
    const skId = async (slug: string) => ((await m.query(`SELECT id FROM matching.skills WHERE esco_uri = $1`, [sk + slug])) as { id: number }[])[0]!.id;
    const essential = async (slug: string) =>
      (await m.query(
        `SELECT s.skill_id AS id, s.relation FROM matching.occupation_skills s JOIN matching.occupations o ON o.id = s.occupation_id WHERE o.esco_uri = $1 ORDER BY s.relation, s.skill_id`,
        [occ + slug],
      )) as { id: number; relation: string }[];
    const company = async (name: string) => ((await m.query(`SELECT id FROM registry.companies WHERE name = $1`, [name])) as { id: string }[])[0]?.id ?? null;
    const comune = async (istat: string) => ((await m.query(`SELECT lat, lon FROM matching.comuni WHERE istat = $1`, [istat])) as { lat: number; lon: number }[])[0]!;
    const torinoOffice = ((await m.query(`SELECT id FROM registry.offices WHERE code = 'CPI-TO'`)) as { id: string }[])[0]!.id;

    const addVacancy = async (v: {
      title: string;
      occupation: string;
      company: string;
      comune: string;
      required: [string, number][];
      optional: string[];
      description: string;
      minEqf?: number;
      languages?: { language: string; level: string; rank: number }[];
      licences?: string[];
      contract?: string;
      hours?: string;
      pay: [number, number];
      duration?: number;
    }) => {
      const o = await occId(v.occupation);
      const c = await comune(v.comune);
      const req = await Promise.all(v.required.map(([s]) => skId(s)));
      const opt = await Promise.all(v.optional.map((s) => skId(s)));
      await m.query(
        `INSERT INTO matching.vacancies (company_id, office_id, created_by, title, occupation_id, isco_group, description, required_skill_ids, required_weights, optional_skill_ids,
           min_eqf, languages, licences, comune_istat, location, contract_type, hours, pay_min, pay_max, duration_months, positions, expires_on, status, moderation, published_at)
         VALUES ($1, $2, 'DEMO0000000DEMO0', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, point($14, $15), $16, $17, $18, $19, $20, 2, $21, 'published', 'approved', now())`,
        [
          await company(v.company),
          torinoOffice,
          v.title,
          o.id,
          Math.floor(Number(o.isco_code) / 10),
          v.description,
          req,
          v.required.map(([, w]) => w),
          opt,
          v.minEqf ?? 0,
          JSON.stringify(v.languages ?? []),
          v.licences ?? [],
          v.comune,
          c.lon,
          c.lat,
          v.contract ?? 'permanent',
          v.hours ?? 'full',
          v.pay[0],
          v.pay[1],
          v.duration ?? null,
          addDays(today, 60),
        ],
      );
    };
    await addVacancy({
      title: 'Magazziniere/a con patentino per carrelli elevatori',
      occupation: 'addetto-magazzino',
      company: 'Officine Subalpine S.r.l.',
      comune: '001090',
      required: [
        ['gestire-magazzino', 5],
        ['carrelli-elevatori', 4],
        ['preparare-ordini', 3],
      ],
      optional: ['wms', 'uso-computer'],
      description: 'Ricevimento merci, preparazione degli ordini e movimentazione con carrello elevatore nel magazzino ricambi. Orario pieno su due turni.',
      pay: [1500, 1700],
    });
    await addVacancy({
      title: 'Commesso/a di negozio',
      occupation: 'commesso-negozio',
      company: 'Caffè Torinese S.n.c.',
      comune: '001272',
      required: [
        ['vendere-prodotti', 5],
        ['gestire-cassa', 4],
        ['servizio-clienti', 3],
      ],
      optional: ['lingua-inglese', 'allestire-vetrine'],
      languages: [{ language: 'en', level: 'A2', rank: 2 }],
      description: "Vendita al banco e in sala, gestione della cassa e cura dell'esposizione.",
      contract: 'fixed_term',
      duration: 6,
      pay: [1350, 1450],
    });
    for (const [title, slug, company, comuneIstat, licences] of [
      ['Cameriere/a di sala', 'cameriere', 'Ospitalità Langhe S.r.l.', '001272', []],
      ['Aiuto cuoco/a', 'aiuto-cuoco', 'Caffè Torinese S.n.c.', '001156', []],
      ['Operatore/operatrice socio-sanitario', 'operatore-socio-sanitario', 'Costruzioni Canavese S.r.l.', '001078', []],
      ['Autista di camion', 'autista-camion', 'Logistica Po S.p.A.', '001265', ['C', 'CQC']],
    ] as [string, string, string, string, string[]][]) {
      const rel = await essential(slug);
      const sl = async (id: number) => ((await m.query(`SELECT esco_uri FROM matching.skills WHERE id = $1`, [id])) as { esco_uri: string }[])[0]!.esco_uri.replace(sk, '');
      const req = await Promise.all(
        rel
          .filter((r) => r.relation === 'essential')
          .slice(0, 3)
          .map(async (r) => [await sl(r.id), 4] as [string, number]),
      );
      const opt = await Promise.all(
        rel
          .filter((r) => r.relation === 'optional')
          .slice(0, 2)
          .map((r) => sl(r.id)),
      );
      await addVacancy({
        title,
        occupation: slug,
        company,
        comune: comuneIstat,
        required: req,
        optional: opt,
        licences,
        description: `${title}: offerta dimostrativa di un'azienda del territorio.`,
        pay: [1400, 1600],
      });
    }

    const courses: [string, string, string[], number, string][] = [
      ['Patentino per carrelli elevatori (muletto)', 'Ente formazione Torino', ['carrelli-elevatori', 'sicurezza-lavoro'], 12, '001272'],
      ['Gestione del magazzino e software WMS', 'Ente formazione Torino', ['gestire-magazzino', 'wms', 'inventario'], 40, '001090'],
      ['Inglese per il commercio (livello A2)', 'Centro linguistico regionale', ['lingua-inglese'], 30, '001272'],
      ['Tecniche di vendita e vetrinistica', 'Scuola del commercio', ['tecniche-vendita', 'allestire-vetrine', 'vendere-prodotti'], 24, '001272'],
      ['HACCP per la ristorazione', 'Ente formazione Torino', ['haccp'], 8, '001156'],
    ];
    for (const [i, [title, provider, skills, hours, comuneIstat]] of courses.entries()) {
      await m.query(
        `INSERT INTO matching.courses (provider, title, skill_ids, hours, mode, comune_istat, start_date, end_date, seats, free, gol_eligible)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 15, true, $9)`,
        [
          provider,
          title,
          await Promise.all(skills.map(skId)),
          hours,
          i === 2 ? 'blended' : 'in_person',
          comuneIstat,
          addDays(today, 10 + i * 7),
          addDays(today, 17 + i * 7 + hours / 4),
          i !== 4,
        ],
      );
    }

    // 40 generated people (not the dev-IdP identities) of CPI Torino and Moncalieri with a professional profile
    const people = (await m.query(
      `SELECT c.id, c.domicile_comune_istat AS comune FROM registry.citizens c JOIN matching.comuni k ON k.istat = c.domicile_comune_istat
        WHERE c.email ~ '[0-9]@example\\.it$' AND c.office_id IN (SELECT id FROM registry.offices WHERE code IN ('CPI-TO', 'CPI-MO'))
        ORDER BY c.fiscal_code LIMIT 40`,
    )) as { id: string; comune: string }[];
    const plans = [
      ['addetto-magazzino', 1.0],
      ['addetto-magazzino', 0.85],
      ['commesso-negozio', 1.0],
      ['commesso-negozio', 0.7],
      ['cameriere', 0.8],
      ['aiuto-cuoco', 0.8],
    ] as const;
    const visibilities = ['employers_anonymous', 'employers_anonymous', 'cpi_agencies', 'employers_named', 'employers_anonymous', 'nobody'];
    let profiles = 0;
    for (const [i, p] of people.entries()) {
      const [slug, share] = plans[i % plans.length]!;
      const o = await occId(slug);
      const rel = await essential(slug);
      const skills = rel.filter((r, k) => (r.relation === 'essential' ? k / rel.length < share : k % 3 === i % 3)).map((r) => r.id);
      // the fully qualified warehouse workers also drive forklifts (an optional skill in the sample)
      if (slug === 'addetto-magazzino' && share === 1.0) skills.push(await skId('carrelli-elevatori'));
      const c = await comune(p.comune);
      await m.query(
        `INSERT INTO matching.profiles (citizen_id, visibility, comune_istat, location, max_km, own_vehicle, hours, shifts, contract_types, target_occupation_ids, occupation_ids,
           iso_placeholder, skill_ids, match_keys, eqf, languages, licences, experiences, education, available)
         VALUES ($1, $2, $3, point($4, $5), $6, $7, 'any', true, '{}', $8, $8, $9, $10, $11, $12, $13, $14, $15, $16, true) ON CONFLICT (citizen_id) DO NOTHING`.replace(
          'iso_placeholder',
          'isco_groups',
        ),
        [
          p.id,
          visibilities[i % visibilities.length],
          p.comune,
          c.lon,
          c.lat,
          [20, 30, 40][i % 3],
          i % 2 === 0,
          [o.id],
          [Math.floor(Number(o.isco_code) / 10)],
          skills,
          profileKeys(skills, c.lat, c.lon),
          3 + (i % 3),
          JSON.stringify(i % 2 ? [{ language: 'en', level: 'B1', rank: 3 }] : []),
          i % 3 ? ['B'] : [],
          JSON.stringify([{ occupationId: o.id, title: slug.replace(/-/g, ' '), from: '2018-03-01', to: addDays(today, -90) }]),
          JSON.stringify([{ title: 'Diploma', eqfLevel: 3 + (i % 3) }]),
        ],
      );
      profiles++;
    }
    return { taxonomy, vacancies: 6, courses: courses.length, profiles };
  });
}
