import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What `pdfsig` (poppler-utils, /usr/bin/pdfsig: a verifier that is not the library that signed) says of a PDF.
 * Its exit status varies with the poppler version, its text does not: tests assert on the text.
 */
export function pdfsig(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'seal-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('/usr/bin/pdfsig', ['-nocert', file], { encoding: 'utf8' });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
