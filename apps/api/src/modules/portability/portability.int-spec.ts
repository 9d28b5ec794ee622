import Ajv2020 from 'ajv/dist/2020';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { eventually } from '../../../test/eventually';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { pdfsig } from '../../platform/pdf/pdf-seal.test-kit';
import { LUCA, MARIO, PDF, did } from '../patto/patto.test-kit';
import { citizenIdOf } from '../registry/registry.test-kit';
import { ExportsRepository } from './export/exports.repository';

/**
 * Portability (issue 15, third part) through HTTP on real PostgreSQL, with two deployments (two databases, two apps):
 * region A exports Mario's dossier; region B, which trusts A's issuer key, imports it and gives back the same dossier;
 * a bundle with one changed byte and one from an issuer B does not trust are refused and write nothing.
 */
describe('portability: the worker dossier moves from one region to another', () => {
  let a: TestApp;
  let b: TestApp;
  let dir: string;
  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const post = (t: TestApp, s: DirectSession, url: string, body?: object) =>
    request(t.app.getHttpServer()).post(url).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);
  const get = (t: TestApp, s: DirectSession, url: string) => request(t.app.getHttpServer()).get(url).set('Cookie', s.cookie);
  const upload = (t: TestApp, s: DirectSession, zip: Uint8Array) =>
    request(t.app.getHttpServer())
      .post('/api/operator/portability/imports')
      .set('Cookie', s.cookie)
      .set('X-CSRF-Token', s.csrf)
      .attach('file', Buffer.from(zip), { filename: 'fascicolo.zip', contentType: 'application/zip' });
  const importedRows = async (t: TestApp) =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM portability.imported_dossiers)::int AS d, (SELECT count(*) FROM portability.imported_sections)::int AS s, (SELECT count(*) FROM portability.imported_files)::int AS f`,
      )
    )[0] as { d: number; s: number; f: number };

  /** Mario asks for his dossier, the page polls until it is ready (progress only grows), and downloads it. */
  async function exportOf(t: TestApp, mario: DirectSession): Promise<{ zip: Buffer; id: string }> {
    const asked = await post(t, mario, '/api/citizen/portability/exports', { locale: 'it' });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'queued', stepsDone: 0, stepsTotal: 15 });
    const seen: number[] = [];
    const done = await eventually(async () => {
      const r = await get(t, mario, `/api/citizen/portability/exports/${asked.body.id}`);
      seen.push(r.body.stepsDone);
      return r.body.status === 'ready' || r.body.status === 'failed' ? r.body : null;
    }, 60_000);
    expect(done).toMatchObject({ status: 'ready', stepsDone: 15 });
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    const days = (Date.parse(done.expiresAt) - Date.parse(done.readyAt)) / 86_400_000;
    expect(days).toBe(7);
    const res = await binary(get(t, mario, `/api/citizen/portability/exports/${asked.body.id}/bundle`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/zip/);
    return { zip: res.body as Buffer, id: asked.body.id };
  }

  beforeAll(async () => {
    a = await startTestApp({ ISSUER_BASE_URL: 'https://lavoro.regione-a.test', ORG_NAME: 'Regione A - Agenzia per il lavoro' });
    const issuer = (await request(a.app.getHttpServer()).get('/api/public/portability/issuer')).body;
    dir = mkdtempSync(join(tmpdir(), 'portability-'));
    writeFileSync(join(dir, 'trusted.json'), JSON.stringify([{ did: issuer.issuerId, name: 'Regione A', publicJwk: issuer.keys[0] }]));
    b = await startTestApp({ ISSUER_BASE_URL: 'https://lavoro.regione-b.test', ORG_NAME: 'Regione B', TRUSTED_ISSUERS_PATH: join(dir, 'trusted.json') });
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a dossier conforming to the published schema, imports it into another region equal to the export, once', async () => {
    const mario = await directSession(a.app, MARIO);
    const luca = await directSession(a.app, LUCA);
    const marioId = await citizenIdOf(a, MARIO);
    expect((await post(a, mario, '/api/citizen/patto/did', did)).status).toBe(201);
    const doc = await request(a.app.getHttpServer())
      .post('/api/citizen/dossier/documents')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .field('type', 'other')
      .attach('file', PDF, { filename: 'attestato corso.pdf', contentType: 'application/pdf' });
    expect(doc.status).toBe(201);
    expect((await post(a, mario, '/api/citizen/certificazioni/certificates', { kind: 'status_attestation', locale: 'it' })).status).toBe(201);
    expect((await post(a, luca, `/api/operator/dossier/citizens/${marioId}/messages`, { body: 'Benvenuto' })).status).toBe(201);

    const { zip } = await exportOf(a, mario);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['dossier.json', 'manifest.json', 'signature.jws', 'summary.pdf']));
    const dossier = JSON.parse(strFromU8(entries['dossier.json']!));
    const schema = await request(a.app.getHttpServer()).get('/api/public/portability/schemas/dossier-v1.json');
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema.body);
    expect(validate(dossier) ? [] : validate.errors).toEqual([]);
    expect(dossier.schema).toBe(`${a.env.PUBLIC_API_URL}/api/public/portability/schemas/dossier-v1.json`);
    expect(dossier.issuer).toEqual({ id: 'did:web:lavoro.regione-a.test', name: 'Regione A - Agenzia per il lavoro' });
    const s = dossier.sections;
    expect(s.registry.fiscalCode).toBe(MARIO);
    expect(s.did.active).toMatchObject({ workCondition: 'no_job' });
    expect(s.documents).toHaveLength(1);
    expect(s.certificates).toHaveLength(1);
    expect(s.messages.map((m: { body: string }) => m.body)).toContain('Benvenuto');
    expect(s.auditTrail.map((r: { action: string }) => r.action)).toContain('portability.export.requested');
    for (const f of dossier.files) expect(entries[f.path]).toBeDefined();
    expect(Buffer.from(entries[s.documents[0].path]!)).toEqual(PDF);
    expect(pdfsig(entries['summary.pdf']!)).toMatch(/Signature is Valid/);
    expect(strFromU8(entries['signature.jws']!)).toMatch(/^[\w-]+\.\.[\w-]+$/);

    // region B: Luca of B's CPI Torino imports it; the history is Mario's there, read-only, from "Regione A"
    const lucaB = await directSession(b.app, LUCA);
    const imported = await upload(b, lucaB, zip);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ fiscalCode: MARIO, issuerId: 'did:web:lavoro.regione-a.test', issuerName: 'Regione A', personStatus: 'linked', readOnly: true });
    const full = await get(b, lucaB, `/api/operator/portability/imports/${imported.body.id}`);
    expect(full.status).toBe(200);
    expect(full.body.dossier).toEqual(dossier);
    const certFile = full.body.files.find((f: { section: string }) => f.section === 'certificates');
    const bytes = await binary(get(b, lucaB, `/api/operator/portability/imports/${imported.body.id}/files/${certFile.id}`));
    expect(Buffer.from(bytes.body as Buffer)).toEqual(Buffer.from(entries[certFile.path]!));
    const onPerson = await get(b, lucaB, `/api/operator/portability/citizens/${await citizenIdOf(b, MARIO)}/imports`);
    expect(onPerson.body.items).toEqual([expect.objectContaining({ id: imported.body.id, issuerName: 'Regione A', readOnly: true })]);
    expect((await upload(b, lucaB, zip)).body.code).toBe('PORTABILITY_ALREADY_IMPORTED');
    await expect(b.db.query(`UPDATE portability.imported_dossiers SET holder_name = 'x'`)).rejects.toThrow(/read-only/);
  });

  it('refuses a bundle with one changed byte, a changed manifest, one of an untrusted issuer and a non-bundle, writing nothing', async () => {
    const mario = await directSession(a.app, MARIO);
    const { zip } = await exportOf(a, mario);
    const lucaB = await directSession(b.app, LUCA);
    const before = await importedRows(b);

    const entries = unzipSync(zip);
    const changed = Uint8Array.from(entries['dossier.json']!);
    const at = strFromU8(changed).indexOf(MARIO) + 3;
    changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
    const tampered = await upload(b, lucaB, zipSync({ ...entries, 'dossier.json': changed }));
    expect(tampered.status).toBe(422);
    expect(tampered.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tampered.body.code).toBe('PORTABILITY_BUNDLE_TAMPERED');
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!));
    manifest.issuerName = 'Regione Falsa';
    const forged = await upload(b, lucaB, zipSync({ ...entries, 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }));
    expect(forged.body.code).toBe('PORTABILITY_BUNDLE_TAMPERED');
    expect((await upload(b, lucaB, PDF)).body.code).toBe('PORTABILITY_BUNDLE_INVALID');

    // B's own export is not among A's trusted issuers
    const marioB = await directSession(b.app, MARIO);
    const fromB = await exportOf(b, marioB);
    const lucaA = await directSession(a.app, LUCA);
    const beforeA = await importedRows(a);
    const untrusted = await upload(a, lucaA, fromB.zip);
    expect(untrusted.status).toBe(422);
    expect(untrusted.body.code).toBe('PORTABILITY_ISSUER_UNTRUSTED');
    expect(await importedRows(a)).toEqual(beforeA);
    expect(await importedRows(b)).toEqual(before);
  });

  it('keeps a bundle for PORTABILITY_EXPORT_DAYS, then the purge deletes it; another person sees nothing of it', async () => {
    const mario = await directSession(a.app, MARIO);
    const { id } = await exportOf(a, mario);
    const other = await directSession(a.app, LUCA);
    expect((await get(a, other, `/api/citizen/portability/exports/${id}`)).body.code).toBe('PORTABILITY_EXPORT_NOT_FOUND');
    expect(await a.app.get(ExportsRepository).purge(new Date(Date.now() + 8 * 86_400_000))).toBeGreaterThanOrEqual(1);
    const gone = await get(a, mario, `/api/citizen/portability/exports/${id}/bundle`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('PORTABILITY_EXPORT_EXPIRED');
    expect((await get(a, mario, `/api/citizen/portability/exports/${id}`)).body.status).toBe('expired');
  });
});
