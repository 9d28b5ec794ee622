import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Small files (style guide, rule 12): no source file over 300 lines — generated files, migrations and message
 * catalogues aside — and no React component over 200 lines. A longer file is several concepts: split it.
 */
const root = path.resolve(__dirname, '../..');
const FILE_LIMIT = 300;
const COMPONENT_LIMIT = 200;
const EXEMPT = [/\/migrations\//, /^libs\/i18n\/src\/locales\//, /\/generated\//, /\.d\.ts$/];

const sources = (): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'apps', 'libs', 'tools'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !EXEMPT.some((re) => re.test(f)))
    .filter((f) => {
      try {
        readFileSync(path.join(root, f));
        return true;
      } catch {
        return false;
      }
    });

/** Top-level functions of a .tsx file whose name starts with a capital letter (components), with their length. */
export function componentLengths(src: string): { name: string; lines: number }[] {
  const lines = src.split('\n');
  const out: { name: string; lines: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(?:export\s+)?(?:default\s+)?(?:function\s+([A-Z]\w*)|const\s+([A-Z]\w*)\s*(?::[^=]+)?=\s*(?:memo\(|forwardRef\()?\s*(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>)/.exec(
      lines[i]!,
    );
    if (!m) continue;
    let end = i;
    while (end < lines.length - 1 && !/^(\}|\);|\}\);|\};)\s*$/.test(lines[end]!)) end++;
    out.push({ name: (m[1] ?? m[2])!, lines: end - i + 1 });
  }
  return out;
}

describe('file and component size', () => {
  it(`no source file is over ${FILE_LIMIT} lines`, () => {
    const long = sources()
      .map((f) => ({ f, n: readFileSync(path.join(root, f), 'utf8').split('\n').length }))
      .filter(({ n }) => n > FILE_LIMIT + 1) // + the final newline
      .map(({ f, n }) => `${f}: ${n - 1} lines`);
    expect(long).toEqual([]);
  });

  it(`no React component is over ${COMPONENT_LIMIT} lines`, () => {
    const long = sources()
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) =>
        componentLengths(readFileSync(path.join(root, f), 'utf8'))
          .filter((c) => c.lines > COMPONENT_LIMIT)
          .map((c) => `${f}: ${c.name} ${c.lines} lines`),
      );
    expect(long).toEqual([]);
  });

  it('measures components from their declaration to their closing line', () => {
    const src = ['import x from "y";', 'export function Big() {', '  return 1;', '}', 'const small = 2;', 'export const Arrow = ({ a }: P) => (', '  <div/>', ');'].join('\n');
    expect(componentLengths(src)).toEqual([
      { name: 'Big', lines: 3 },
      { name: 'Arrow', lines: 3 },
    ]);
  });
});
