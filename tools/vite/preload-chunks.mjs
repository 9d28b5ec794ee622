// @ts-check

/**
 * Vite plugin: `<link rel="modulepreload">` in index.html for the lazy chunks the first render waits for (e.g. the
 * Italian texts of the app's i18n namespace: main.tsx renders once they are loaded), so that the browser fetches them
 * with the entry instead of after it. bundle-budget counts them as part of the first load.
 *
 * @param {RegExp} modules the source modules (facade of a chunk) to preload, e.g. /locales\/it\/citizen\.ts$/
 * @returns {import('vite').Plugin}
 */
export function preloadChunks(modules) {
  return {
    name: 'opencpi-preload-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const files = new Set();
      const add = (/** @type {string} */ file) => {
        const chunk = bundle[file];
        if (files.has(file) || !chunk || chunk.type !== 'chunk') return;
        files.add(file);
        chunk.imports.forEach(add);
      };
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk' && item.facadeModuleId && modules.test(item.facadeModuleId)) add(item.fileName);
      }
      const source = String(html.source);
      const links = [...files].filter((file) => !source.includes(`/${file}"`)).map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`);
      html.source = source.replace(/( *)<\/head>/, (_match, indent) => `${links.join('')}${indent}</head>`);
    },
  };
}
