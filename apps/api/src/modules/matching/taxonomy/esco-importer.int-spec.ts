import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { importComuni } from './comuni-importer';
import { importEsco } from './esco-importer';
import { loadTaxonomySample } from './load-sample';

const OCC = (s: string) => `urn:opencpi:esco-sample:occupation:${s}`;
const SK = (s: string) => `urn:opencpi:esco-sample:skill:${s}`;
const SAMPLE = { occupations: 31, skills: 180, relations: 310, comuni: 45 };

/** ESCO v1.2 headers, as in the official CSV download */
const OCC_HEADER =
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code';
const SKILL_HEADER = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description';
const REL_HEADER = 'occupationUri,relationType,skillType,skillUri';

describe('matching taxonomy: ESCO importer and sample', () => {
  let t: TestApp;
  let tmp: string;
  beforeAll(async () => {
    t = await startTestApp();
    tmp = await mkdtemp(path.join(tmpdir(), 'opencpi-esco-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
    await t.close();
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await t.db.query(sql, params))[0].n);
  const tableCounts = async () => ({
    occupations: await count(`SELECT count(*) AS n FROM matching.occupations WHERE source = 'sample'`),
    skills: await count(`SELECT count(*) AS n FROM matching.skills WHERE source = 'sample'`),
    relations: await count(`SELECT count(*) AS n FROM matching.occupation_skills os JOIN matching.occupations o ON o.id = os.occupation_id WHERE o.source = 'sample'`),
    comuni: await count(`SELECT count(*) AS n FROM matching.comuni`),
  });
  const relation = async (occ: string, skill: string): Promise<string | undefined> =>
    (
      await t.db.query(
        `SELECT os.relation FROM matching.occupation_skills os JOIN matching.occupations o ON o.id = os.occupation_id JOIN matching.skills s ON s.id = os.skill_id
      WHERE o.esco_uri = $1 AND s.esco_uri = $2`,
        [occ, skill],
      )
    )[0]?.relation;

  it('loads the sample: counts, ISCO unit group, altLabels, an essential relation, comuni', async () => {
    const counts = await loadTaxonomySample(t.db);
    expect(counts).toEqual(SAMPLE);
    expect(await tableCounts()).toEqual(SAMPLE);

    const [commesso] = await t.db.query(`SELECT label, isco_code, alt_labels, description, source FROM matching.occupations WHERE esco_uri = $1`, [OCC('commesso-negozio')]);
    expect(commesso).toMatchObject({ label: 'commesso/commessa di negozio', isco_code: '5223', source: 'sample' });
    expect(commesso.alt_labels.split('\n')).toEqual(['commesso', 'commessa', 'addetto alle vendite', 'addetta alle vendite', 'addetto/a vendita']);
    expect(commesso.description).toContain('consiglia i clienti, tiene in ordine'); // a quoted field with commas
    const isco = await t.db.query(`SELECT esco_uri, isco_code FROM matching.occupations WHERE esco_uri = ANY($1)`, [
      [OCC('carrellista'), OCC('addetto-magazzino'), OCC('sviluppatore-software')],
    ]);
    expect(Object.fromEntries(isco.map((r: { esco_uri: string; isco_code: string }) => [r.esco_uri, r.isco_code]))).toEqual({
      [OCC('carrellista')]: '8344',
      [OCC('addetto-magazzino')]: '4321',
      [OCC('sviluppatore-software')]: '2512',
    });

    const [forklift] = await t.db.query(`SELECT label, skill_type, reuse_level, alt_labels FROM matching.skills WHERE esco_uri = $1`, [SK('carrelli-elevatori')]);
    expect(forklift).toMatchObject({ label: 'utilizzare carrelli elevatori', skill_type: 'skill/competence', reuse_level: 'sector-specific' });
    expect(forklift.alt_labels).toContain('guidare il muletto\n');
    expect(await relation(OCC('carrellista'), SK('carrelli-elevatori'))).toBe('essential');
    expect(await relation(OCC('carrellista'), SK('wms'))).toBe('optional');
    // every sample occupation has 4–8 essential and 2–5 optional skills
    const spread = await t.db.query(
      `SELECT o.esco_uri, count(*) FILTER (WHERE os.relation = 'essential')::int AS e, count(*) FILTER (WHERE os.relation = 'optional')::int AS o
         FROM matching.occupations o JOIN matching.occupation_skills os ON os.occupation_id = o.id WHERE o.source = 'sample' GROUP BY o.esco_uri`,
    );
    expect(spread).toHaveLength(SAMPLE.occupations);
    for (const r of spread as { e: number; o: number }[]) {
      expect(r.e).toBeGreaterThanOrEqual(4);
      expect(r.e).toBeLessThanOrEqual(8);
      expect(r.o).toBeGreaterThanOrEqual(2);
      expect(r.o).toBeLessThanOrEqual(5);
    }

    const comuni = await t.db.query(`SELECT istat, name, province, lat, lon FROM matching.comuni WHERE istat IN ('001272', '001125', '096004') ORDER BY istat`);
    expect(comuni.map((c: { istat: string; name: string; province: string }) => [c.istat, c.name, c.province])).toEqual([
      ['001125', 'Ivrea', 'TO'],
      ['001272', 'Torino', 'TO'],
      ['096004', 'Biella', 'BI'],
    ]);
    expect(comuni[1].lat).toBeCloseTo(45.07, 1);
    expect(comuni[1].lon).toBeCloseTo(7.69, 1);
  });

  it('is idempotent: a second run gives the same counts, the same ids and no duplicates', async () => {
    const ids = async () =>
      t.db.query(
        `SELECT id, esco_uri FROM matching.occupations WHERE source = 'sample' UNION ALL SELECT id, esco_uri FROM matching.skills WHERE source = 'sample' ORDER BY esco_uri`,
      );
    const before = await ids();
    expect(await loadTaxonomySample(t.db)).toEqual(SAMPLE);
    expect(await tableCounts()).toEqual(SAMPLE);
    expect(await ids()).toEqual(before);
    expect(await count(`SELECT count(*) AS n FROM (SELECT label FROM matching.occupations WHERE source = 'sample' GROUP BY label HAVING count(*) > 1) d`)).toBe(0);
  });

  it('reads the ESCO layout: quoted fields with commas, doubled quotes and line breaks; ISCO kept to 4 digits; updates in place', async () => {
    const dir = path.join(tmp, 'quoted');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'occupations_it.csv'),
      '\uFEFF' +
        [
          OCC_HEADER,
          // altLabels on several lines (CRLF inside the field too), a description with commas and doubled quotes
          'Occupation,urn:test:occupation:pasticcere,7512,pasticcere/pasticcera,"pasticcere\r\npasticcera\n  pasticciere di laboratorio  \n\npasticcere",,released,2024-01-25 11:28:50.295,,,,,"Prepara dolci, torte e ""lievitati"", anche\nsenza glutine.",7512.3',
          // no iscoGroup: the ESCO code gives the unit group
          'Occupation,urn:test:occupation:fornaio,,fornaio/fornaia,,,released,,,,,,"Impasta, cuoce, vende.",7512.1.4',
          // no ISCO at all: skipped
          'Occupation,urn:test:occupation:senza-isco,,senza ISCO,,,released,,,,,,,',
        ].join('\r\n') +
        '\r\n',
    );
    await writeFile(
      path.join(dir, 'skills_it.csv'),
      [
        SKILL_HEADER,
        'KnowledgeSkillCompetence,urn:test:skill:lievitazione,knowledge,occupation-specific,"lievitazione, tempi e temperature","lievito madre\npasta madre",,released,,,,,',
        'KnowledgeSkillCompetence,urn:test:skill:forno,skill/competence,sector-specific,usare il forno,,,released,,,,,',
      ].join('\n') + '\n',
    );
    await writeFile(
      path.join(dir, 'occupationSkillRelations_it.csv'),
      [
        REL_HEADER,
        'urn:test:occupation:pasticcere,essential,knowledge,urn:test:skill:lievitazione',
        'urn:test:occupation:pasticcere,optional,skill/competence,urn:test:skill:forno',
        'urn:test:occupation:fornaio,essential,skill/competence,urn:test:skill:forno',
      ].join('\n'),
    );

    expect(await importEsco(t.db, dir, { source: 'test' })).toEqual({ occupations: 2, skills: 2, relations: 3, skipped: { occupations: 1, skills: 0, relations: 0 } });
    const [p] = await t.db.query(`SELECT isco_code, label, alt_labels, description, source FROM matching.occupations WHERE esco_uri = 'urn:test:occupation:pasticcere'`);
    expect(p).toEqual({
      isco_code: '7512',
      label: 'pasticcere/pasticcera',
      source: 'test',
      alt_labels: 'pasticcere\npasticcera\npasticciere di laboratorio',
      description: 'Prepara dolci, torte e "lievitati", anche\nsenza glutine.',
    });
    const [f] = await t.db.query(`SELECT isco_code, alt_labels, description FROM matching.occupations WHERE esco_uri = 'urn:test:occupation:fornaio'`);
    expect(f).toEqual({ isco_code: '7512', alt_labels: '', description: 'Impasta, cuoce, vende.' });
    const [s] = await t.db.query(`SELECT label, alt_labels, skill_type FROM matching.skills WHERE esco_uri = 'urn:test:skill:lievitazione'`);
    expect(s).toEqual({ label: 'lievitazione, tempi e temperature', alt_labels: 'lievito madre\npasta madre', skill_type: 'knowledge' });
    expect(await relation('urn:test:occupation:pasticcere', 'urn:test:skill:forno')).toBe('optional');

    // a new release changes a label and a relation type: same rows, updated
    const id = (await t.db.query(`SELECT id FROM matching.skills WHERE esco_uri = 'urn:test:skill:forno'`))[0].id;
    await writeFile(
      path.join(dir, 'skills_it.csv'),
      [SKILL_HEADER, 'KnowledgeSkillCompetence,urn:test:skill:forno,skill/competence,sector-specific,"usare il forno, a legna o elettrico",,,released,,,,,'].join('\n'),
    );
    await writeFile(path.join(dir, 'occupationSkillRelations_it.csv'), [REL_HEADER, 'urn:test:occupation:pasticcere,essential,skill/competence,urn:test:skill:forno'].join('\n'));
    expect(await importEsco(t.db, dir, { source: 'test' })).toMatchObject({ occupations: 2, skills: 1, relations: 1 });
    expect(await t.db.query(`SELECT id, label FROM matching.skills WHERE esco_uri = 'urn:test:skill:forno'`)).toEqual([{ id, label: 'usare il forno, a legna o elettrico' }]);
    expect(await relation('urn:test:occupation:pasticcere', 'urn:test:skill:forno')).toBe('essential');
  });

  it('skips and counts relations whose URIs are unknown (or whose type is neither essential nor optional)', async () => {
    const dir = path.join(tmp, 'unknown');
    await mkdir(dir);
    await writeFile(path.join(dir, 'occupations_it.csv'), [OCC_HEADER, 'Occupation,urn:test:occupation:sarto,7531,sarto/sarta,,,released,,,,,,,'].join('\n'));
    await writeFile(
      path.join(dir, 'skills_it.csv'),
      [SKILL_HEADER, 'KnowledgeSkillCompetence,urn:test:skill:cucire,skill/competence,occupation-specific,cucire a macchina,,,released,,,,,'].join('\n'),
    );
    await writeFile(
      path.join(dir, 'occupationSkillRelations_it.csv'),
      [
        REL_HEADER,
        'urn:test:occupation:sarto,essential,skill/competence,urn:test:skill:cucire',
        'urn:test:occupation:sarto,essential,skill/competence,urn:test:skill:non-esiste',
        'urn:test:occupation:non-esiste,optional,skill/competence,urn:test:skill:cucire',
        'urn:test:occupation:sarto,mandatory,skill/competence,urn:test:skill:cucire',
        // a sample skill imported earlier is known: relations may point at concepts of another import
        `urn:test:occupation:sarto,optional,skill/competence,${SK('lavoro-squadra')}`,
      ].join('\n'),
    );
    const r = await importEsco(t.db, dir, { source: 'test', batchSize: 2 });
    expect(r).toEqual({ occupations: 1, skills: 1, relations: 2, skipped: { occupations: 0, skills: 0, relations: 3 } });
    expect(
      await count(`SELECT count(*) AS n FROM matching.occupation_skills os JOIN matching.occupations o ON o.id = os.occupation_id WHERE o.esco_uri = 'urn:test:occupation:sarto'`),
    ).toBe(2);
    expect(await relation('urn:test:occupation:sarto', SK('lavoro-squadra'))).toBe('optional');
  });

  it('refuses a directory without the three files, and a file without the ESCO columns, before writing anything', async () => {
    const before = await count(`SELECT count(*) AS n FROM matching.occupations`);
    await expect(importEsco(t.db, path.join(tmp, 'nowhere'), { source: 'test' })).rejects.toThrow(/occupations_it\.csv not found/);
    const dir = path.join(tmp, 'wrong');
    await mkdir(dir);
    await writeFile(path.join(dir, 'occupations_it.csv'), 'uri,label\nurn:x,y\n');
    await writeFile(path.join(dir, 'skills_it.csv'), SKILL_HEADER + '\n');
    await writeFile(path.join(dir, 'occupationSkillRelations_it.csv'), REL_HEADER + '\n');
    await expect(importEsco(t.db, dir, { source: 'test' })).rejects.toThrow(/missing column\(s\) conceptUri, iscoGroup, preferredLabel/);
    expect(await count(`SELECT count(*) AS n FROM matching.occupations`)).toBe(before);
  });

  it('imports comuni by ISTAT code: upserts, pads codes that lost their zeros, skips invalid rows', async () => {
    const file = path.join(tmp, 'comuni.csv');
    await writeFile(
      file,
      [
        'istat,name,province,lat,lon',
        '1272,Torino,to,45.0703,7.6869', // zeros lost by a spreadsheet: 001272, province upper-cased
        '058091,Roma,RM,"41,8933",12.4829', // decimal comma
        'ABC,Nessuno,XX,1,1',
        '058091,Roma,RM,,12.48',
      ].join('\n'),
    );
    expect(await importComuni(t.db, file)).toEqual({ comuni: 2, skipped: 2 });
    const rows = await t.db.query(`SELECT istat, name, province, lat FROM matching.comuni WHERE istat IN ('001272', '058091') ORDER BY istat`);
    expect(rows).toEqual([
      { istat: '001272', name: 'Torino', province: 'TO', lat: 45.0703 },
      { istat: '058091', name: 'Roma', province: 'RM', lat: 41.8933 },
    ]);
  });
});
