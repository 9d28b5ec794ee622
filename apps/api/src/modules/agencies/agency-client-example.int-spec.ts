import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportJWK } from 'jose';
import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { citizenIdOf } from '../registry/registry.test-kit';
import { registerAgencyClient } from './agencies.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const SCRIPT = path.resolve(__dirname, '../../../../../tools/agency-client.mjs');

/** The example agency client of the README (tools/agency-client.mjs), run as a process against the API: the end-to-end check of the agency API. */
describe('example agency client (npm run agency:example)', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(path.join(tmpdir(), 'agency-client-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('gets a token with its private key, then takes the assigned person in charge, records a service and a hire', async () => {
    const kit = await registerAgencyClient(t, { scopes: ['people:read', 'services:write'] });
    const luca = await directSession(t.app, LUCA, { app: 'operator' });
    const citizenId = await citizenIdOf(t, MARIO);
    const assigned = await request(t.app.getHttpServer())
      .post('/api/operator/agencies/assignments')
      .set('Cookie', luca.cookie)
      .set('X-CSRF-Token', luca.csrf)
      .send({ citizenId, agencyId: kit.agencyId, pathway: 'gol' });
    expect(assigned.status).toBe(201);

    const clientFile = path.join(dir, 'client.json');
    writeFileSync(clientFile, JSON.stringify({ clientId: kit.clientId, privateJwk: { ...(await exportJWK(kit.privateKey)), kid: kit.publicJwk.kid, alg: 'ES256' } }));
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT], {
      env: { ...process.env, AGENCY_API_URL: `http://127.0.0.1:${port}`, AGENCY_CLIENT_FILE: clientFile },
      timeout: 60_000,
    });
    const steps = stdout.trim().split('\n');
    expect(steps.map((l) => l.slice(0, 24).trim())).toEqual(['1. status', '2. token', '3. me', '4. assignments', '5. assignment', '6. take in charge', '7. service', '8. outcome']);
    expect(stdout).toContain(`client ${kit.clientId}`);
    expect(steps[7]).toMatch(/hired \(fixed_term\).*assignment ended$/);

    const [row] = (await t.db.query(`SELECT status FROM agencies.assignments WHERE id = $1`, [assigned.body.id])) as { status: string }[];
    expect(row?.status).toBe('ended');
    const services = (await t.db.query(`SELECT count(*)::int AS n FROM agencies.delivered_services WHERE assignment_id = $1`, [assigned.body.id])) as { n: number }[];
    expect(services[0]!.n).toBe(1);
  });
});
