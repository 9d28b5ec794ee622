import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEVELOPMENT_PUBLIC_KEY_SHA256, DEVELOPMENT_SECRETS, developmentCredentialProblem, publicKeySha256 } from './development-credentials';

const repo = path.resolve(__dirname, '../../../../..');

describe('development credentials', () => {
  it('lists the public key of every committed development key and certificate', () => {
    const known = Object.values(DEVELOPMENT_PUBLIC_KEY_SHA256);
    for (const f of ['sp-key.pem', 'sp-cert.pem', 'dev-idp-key.pem', 'dev-idp-cert.pem']) {
      expect(known).toContain(publicKeySha256(readFileSync(path.join(repo, 'apps/api/config/dev', f), 'utf8')));
    }
  });

  it('lists the development secrets written in the repository', () => {
    const example = readFileSync(path.join(repo, '.env.example'), 'utf8');
    for (const m of example.matchAll(/^(?:SESSION_SECRET|MASTER_KEYS)=(?:[a-z0-9]+:)?(.+)$/gm)) expect(DEVELOPMENT_SECRETS).toContain(m[1]);
    expect(DEVELOPMENT_SECRETS).toContain(/SESSION_SECRET: '([^']+)'/.exec(readFileSync(path.join(repo, 'tools/lib/platform.mjs'), 'utf8'))?.[1]);
  });

  it('recognises a committed path, and a copy of a development key elsewhere', () => {
    expect(developmentCredentialProblem('/srv/opencpi/apps/api/config/dev/sp-key.pem')).toMatch(/committed development file/);
    expect(developmentCredentialProblem(path.join(repo, 'apps/api/config/dev/sp-cert.pem'))).toMatch(/committed development file/);
    expect(developmentCredentialProblem('/nonexistent/sp-key.pem')).toBeNull();
  });
});
