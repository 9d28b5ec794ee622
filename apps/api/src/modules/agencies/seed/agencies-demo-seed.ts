import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import type { DataSource } from 'typeorm';

/** The demo's accreditations (the registry's two agencies) and LavoroPiù's demo client (tools/agency-client.mjs uses it). */
const ACCREDITATIONS = [
  { accreditationCode: 'PIE-APL-001', serviceCodes: ['GOL-ORIENT-BASE', 'GOL-ORIENT-SPEC', 'GOL-ACCOMP-LAV'], areas: ['TO'] },
  { accreditationCode: 'PIE-APL-002', serviceCodes: ['GOL-ORIENT-BASE', 'GOL-ACCOMP-LAV'], areas: ['TO', 'CN'] },
];
export const DEMO_CLIENT_ID = 'lavoropiu-gestionale';
export const DEMO_CLIENT_SCOPES = ['people:read', 'services:write', 'vacancies:write', 'candidates:read', 'webhooks:manage'];

/** Where the demo client's private key is written (git-ignored), for `npm run agency:example`. */
export const demoClientFile = (root = process.cwd()): string => path.join(root, '.data', 'agency-demo-client.json');

interface DemoClientFile {
  clientId: string;
  privateJwk: Record<string, unknown>;
}

/**
 * DEMO DATA (development), idempotent: active accreditations for the registry's agencies (from 1 January 2024, no end)
 * and a client of LavoroPiù whose key pair is made here: the public key goes into agencies.clients, the private one
 * into `.data/agency-demo-client.json` (never committed). A second run keeps the key when the file still matches,
 * else makes a new pair. A demo seed is a CLI script: it reads registry ids by accreditation code directly.
 */
export async function seedAgenciesDemo(db: DataSource, opts: { root?: string } = {}): Promise<{ accreditations: number; client: 'kept' | 'created' }> {
  let accreditations = 0;
  for (const a of ACCREDITATIONS) {
    const rows = (await db.query(
      `INSERT INTO agencies.accreditations (agency_id, number, status, valid_from, valid_until, service_codes, office_ids, areas)
       SELECT id, accreditation_code, 'active', '2024-01-01', NULL, $2, '{}', $3 FROM registry.agencies WHERE accreditation_code = $1
       ON CONFLICT DO NOTHING RETURNING id`,
      [a.accreditationCode, a.serviceCodes, a.areas],
    )) as unknown[];
    accreditations += rows.length;
  }
  const file = demoClientFile(opts.root);
  const [client] = (await db.query(`SELECT jwks FROM agencies.clients WHERE client_id = $1`, [DEMO_CLIENT_ID])) as { jwks: { keys: { kid?: string }[] } }[];
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoClientFile) : null;
  if (client && saved && client.jwks.keys.some((k) => k.kid === saved.privateJwk['kid'])) return { accreditations, client: 'kept' };

  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `demo-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  await db.query(
    `INSERT INTO agencies.clients (client_id, agency_id, name, jwks, scopes)
     SELECT $1, id, 'Gestionale LavoroPiù (demo)', $2, $3 FROM registry.agencies WHERE accreditation_code = 'PIE-APL-001'
     ON CONFLICT (client_id) DO UPDATE SET jwks = EXCLUDED.jwks, revoked_at = NULL`,
    [DEMO_CLIENT_ID, JSON.stringify({ keys: [publicJwk] }), DEMO_CLIENT_SCOPES],
  );
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ clientId: DEMO_CLIENT_ID, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' } } satisfies DemoClientFile, null, 2), {
    mode: 0o600,
  });
  return { accreditations, client: 'created' };
}
