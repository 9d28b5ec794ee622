import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { REPERTOIRE_HEADER } from './ivc.test-kit';
import { importRepertoire } from './repertoire/repertoire-importer';

/** The repertoire as data: the marked sample the demo seed loads, and the CSV importer (all or nothing, errors by line). */
describe('ivc: regional repertoire and its CSV importer', () => {
  let t: TestApp;
  let dir: string;
  const count = async () => Number((await t.db.query(`SELECT count(*) AS n FROM ivc.competences`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ivc-repertoire-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('ships a clearly marked sample of Piedmont and Lombardy qualifications', async () => {
    const mario = await directSession(t.app, 'RSSMRA85T10L219G');
    const res = await request(t.app.getHttpServer()).get('/api/citizen/ivc/qualifications').set('Cookie', mario.cookie);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(4);
    for (const q of res.body.items) expect(q).toMatchObject({ sample: true, verified: false, code: expect.stringMatching(/^SAMPLE-/), source: expect.stringMatching(/^SAMPLE/) });
    expect(new Set(res.body.items.map((q: { region: string }) => q.region))).toEqual(new Set(['01', '03']));
    const kitchen = res.body.items.find((q: { code: string }) => q.code === 'SAMPLE-PIE-CUC-01');
    expect(kitchen.adaRefs).toEqual(['ADA.23.01.03']);
    const lombardy = await request(t.app.getHttpServer()).get('/api/citizen/ivc/qualifications?region=03&q=vendite').set('Cookie', mario.cookie);
    expect(lombardy.body.items.map((q: { title: string }) => q.title)).toEqual(['Addetto alle vendite']);
  });

  it('imports a good export in one go, as official records, and again without duplicates', async () => {
    const file = path.join(dir, 'good.csv');
    writeFileSync(
      file,
      [
        REPERTOIRE_HEADER,
        '03,LOM-1,"Operatore, addetto alle consegne",2,ADA.13.02.01|ADA.13.02.02,Repertorio Lombardia 2026,C1,Consegnare le merci,"Consegne ""porta a porta""",ADA.13.02.01,',
        '03,LOM-1,"Operatore, addetto alle consegne",2,ADA.13.02.01|ADA.13.02.02,Repertorio Lombardia 2026,C2,Pianificare i percorsi,,,urn:opencpi:esco-sample:skill:pianificare-percorsi',
      ].join('\r\n'),
    );
    const before = await count();
    expect(await importRepertoire(t.db, file)).toEqual({ ok: true, qualifications: 1, competences: 2 });
    expect(await importRepertoire(t.db, file)).toEqual({ ok: true, qualifications: 1, competences: 2 });
    expect(await count()).toBe(before + 2);
    const [q] = await t.db.query(`SELECT title, eqf_level, ada_refs, sample, verified FROM ivc.qualifications WHERE region = '03' AND code = 'LOM-1'`);
    expect(q).toEqual({ title: 'Operatore, addetto alle consegne', eqf_level: 2, ada_refs: ['ADA.13.02.01', 'ADA.13.02.02'], sample: false, verified: true });
  });

  it('refuses a file with any bad row, naming each line and column, and writes nothing', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        REPERTOIRE_HEADER,
        '01,PIE-9,Qualifica buona,3,,Repertorio Piemonte,C1,Competenza buona,,,',
        '1x,PIE-9,Qualifica buona,3,,Repertorio Piemonte,C2,Competenza,,,',
        '01,PIE-9,Qualifica buona,3,,Repertorio Piemonte,C3,,,ADA-7,',
      ].join('\n'),
    );
    const before = await count();
    const result = await importRepertoire(t.db, file);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, column: 'region', message: expect.stringContaining('two digits') },
        { line: 4, column: 'competence_title', message: expect.stringContaining('required') },
        { line: 4, column: 'competence_ada', message: expect.stringContaining('ADA-7') },
      ],
    });
    expect(await count()).toBe(before);
    expect(await t.db.query(`SELECT 1 FROM ivc.qualifications WHERE code = 'PIE-9'`)).toEqual([]);
  });

  it('refuses a file without the expected columns or with a broken quote', async () => {
    expect(await importRepertoire(t.db, ['region,code\n01,X\n'])).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('qualification_code') }] });
    expect(await importRepertoire(t.db, [`${REPERTOIRE_HEADER}\n01,"PIE-1,x\n`])).toMatchObject({ ok: false, problems: [{ line: 2 }] });
  });
});
