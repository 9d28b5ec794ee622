import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The module boundary that the linter cannot express (eslint.config.mjs checks the rest: `@nx/enforce-module-boundaries`
 * on the project tags keeps the SPAs from importing each other or the API, and the API from importing web libraries;
 * `no-restricted-imports` keeps React out of the API and makes the SPAs import contracts with `import type`).
 * Here: contracts imports nothing but class-validator and class-transformer — not even Node built-ins, which the Nx
 * rule does not see (they are not in the project graph), because the SPAs bundle contracts.
 */
const root = path.resolve(__dirname, '../..');
function files(dir: string): string[] {
  const abs = path.join(root, dir);
  try {
    statSync(abs);
  } catch {
    return [];
  }
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f));
}
const importsOf = (file: string) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*(?:import|export)\s+[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);

describe('module boundaries', () => {
  it('contracts depends on nothing but class-validator and class-transformer', () => {
    const bad = files('libs/contracts/src').flatMap((f) =>
      importsOf(f)
        .filter((spec) => !spec.startsWith('.') && !['class-validator', 'class-transformer'].includes(spec))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('no service holds SQL or TypeORM (repositories query): the lint rule has no exemption left', () => {
    const config = readFileSync(path.join(root, 'eslint.config.mjs'), 'utf8');
    expect(config).not.toMatch(/SERVICES_BASELINE|ignores: \[?'apps\/api\/src\/[^']*\.service\.ts/);
    const withSql = files('apps/api/src')
      .filter((f) => f.endsWith('.service.ts'))
      .filter((f) => /\.(query|createQueryBuilder|getRepository)\(|queryPrepared\(/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(withSql).toEqual([]);
  });
});
