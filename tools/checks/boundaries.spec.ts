import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Module boundaries of ../shared/style.md, checked on every import:
 * contracts imports only class-validator/class-transformer; the SPAs never import each other nor the API;
 * the API never imports web libraries; SPAs import contracts types with `import type` only.
 */
const root = path.resolve(__dirname, '../..');
function files(dir: string): string[] {
  const abs = path.join(root, dir);
  try { statSync(abs); } catch { return []; }
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))
    .map((f) => path.join(dir, f));
}
const importsOf = (file: string) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({ spec: m[3] as string, typeOnly: !!m[2] }));

describe('module boundaries', () => {
  it('contracts depends on nothing but class-validator and class-transformer', () => {
    const bad = files('libs/contracts/src').flatMap((f) =>
      importsOf(f).filter((i) => !i.spec.startsWith('.') && !['class-validator', 'class-transformer'].includes(i.spec)).map((i) => `${f} → ${i.spec}`));
    expect(bad).toEqual([]);
  });

  it('the SPAs never import each other, the API, or runtime code from contracts', () => {
    const bad: string[] = [];
    for (const [app, other] of [['apps/citizen-web', 'operator-web'], ['apps/operator-web', 'citizen-web']] as const) {
      for (const f of files(`${app}/src`)) {
        for (const i of importsOf(f)) {
          if (i.spec.includes(other) || i.spec.includes('apps/api')) bad.push(`${f} → ${i.spec}`);
          if (i.spec === '@opencpi/contracts' && !i.typeOnly) bad.push(`${f} → contracts without import type`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the API never imports web libraries', () => {
    const bad = files('apps/api/src').flatMap((f) =>
      importsOf(f).filter((i) => /^(react|@opencpi\/(ui|api-client|i18n))/.test(i.spec)).map((i) => `${f} → ${i.spec}`));
    expect(bad).toEqual([]);
  });
});
