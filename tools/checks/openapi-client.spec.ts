import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The typed API client is generated from the committed document: libs/api-client/src/generated/openapi.d.ts must be
 * exactly what openapi-typescript produces from docs/openapi.json (`npm run openapi:client` rewrites it).
 */
const root = path.resolve(__dirname, '../..');

describe('the generated API client types', () => {
  it('are up to date with docs/openapi.json (npm run openapi:client)', () => {
    const r = spawnSync(process.execPath, ['tools/openapi/generate-client.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });
});
