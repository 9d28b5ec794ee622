// @ts-check

/**
 * Vite plugin: `import 'reflect-metadata'` at the top of the modules under `dir` that use class-transformer (the DTOs:
 * its @Type reads decorator metadata), so that the polyfill is evaluated right before them, in the chunks of the pages
 * that use DTOs, instead of in every first load from main.tsx. (Not in the library's barrels: @opencpi/contracts is
 * `sideEffects: false`, and a bare import in a re-export-only module is dropped.)
 *
 * @param {string} dir absolute path of the library's sources, e.g. libs/contracts/src
 * @returns {import('vite').Plugin}
 */
export function reflectMetadataFirst(dir) {
  return {
    name: 'opencpi-reflect-metadata-first',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.startsWith(dir) || !/\.ts$/.test(file) || !/from ['"]class-transformer['"]/.test(code)) return null;
      return { code: `import 'reflect-metadata';\n${code}`, map: null };
    },
  };
}
