#!/usr/bin/env node
// Builds the API (and the libs it imports) to CommonJS under dist/api with swc, keeping the source tree.
// Type checking is a separate step (`nx run api:typecheck`), as swc only strips types.
import { transformFile } from '@swc/core';
import { createRequire } from 'node:module';
import { mkdir, readdir, rm, writeFile, cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const swcOptions = require('./swc-options.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/api');
const sources = ['apps/api/src', 'libs/contracts/src'];

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
let count = 0;
for (const src of sources) {
  for await (const file of walk(path.join(root, src))) {
    const rel = path.relative(root, file);
    if (/\.(spec|int-spec)\.ts$/.test(file)) continue;
    const target = path.join(out, rel);
    await mkdir(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code, map } = await transformFile(file, { ...swcOptions(), filename: file, outputPath: target.replace(/\.ts$/, '.js') });
      await writeFile(target.replace(/\.ts$/, '.js'), code + `\n//# sourceMappingURL=${path.basename(target, '.ts')}.js.map\n`);
      if (map) await writeFile(target.replace(/\.ts$/, '.js.map'), map);
      count++;
    } else {
      await cp(file, target); // templates, SQL, XML assets
    }
  }
}
process.stdout.write(`build-api: ${count} files in ${Date.now() - started} ms → dist/api\n`);
