// @ts-check

/**
 * Vite plugin: `<link rel="modulepreload">` in index.html for the lazy chunks the first render waits for (the citizen
 * app's start.tsx, imported once the prerendered page is painted), and `<link rel="stylesheet">` for their CSS, so that
 * the browser fetches them with the entry instead of after it. bundle-budget counts them as part of the first load.
 *
 * @param {RegExp} modules the source modules (facade of a chunk) to preload, e.g. /src\/start\.tsx$/
 * @param {{ modulepreload?: boolean }} [options] `modulepreload: false`: the stylesheets only (the chunks are fetched
 *   when imported, e.g. after the first paint so that they do not compete with what it needs)
 * @returns {import('vite').Plugin}
 */
export function preloadChunks(modules, options = {}) {
  const modulepreload = options.modulepreload ?? true;
  return {
    name: 'opencpi-preload-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const files = new Set();
      /** @type {Set<string>} */
      const facades = new Set();
      const add = (/** @type {string} */ file) => {
        const chunk = bundle[file];
        if (files.has(file) || !chunk || chunk.type !== 'chunk') return;
        files.add(file);
        chunk.imports.forEach(add);
      };
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk' && item.facadeModuleId && modules.test(item.facadeModuleId)) {
          facades.add(item.fileName);
          add(item.fileName);
        }
      }
      let source = String(html.source);
      const cssOf = (/** @type {string[]} */ chunks) => [...new Set(chunks.flatMap((file) => [.../** @type {any} */ (bundle[file].viteMetadata?.importedCss ?? [])]))];
      const missing = (/** @type {string} */ file) => !source.includes(`/${file}"`);
      const stylesheet = (/** @type {string} */ file) => `<link rel="stylesheet" crossorigin href="/${file}">`;
      // their stylesheets too, applied with the first paint (not when the chunk runs: a layout shift), in the order a
      // static import would give: the shared chunks' CSS before the entry's, the preloaded chunk's own after it
      const shared = cssOf([...files].filter((file) => !facades.has(file))).filter(missing);
      const own = cssOf([...facades]).filter((file) => missing(file) && !shared.includes(file));
      const firstStylesheet = source.search(/<link rel="stylesheet"/);
      if (shared.length && firstStylesheet >= 0) source = `${source.slice(0, firstStylesheet)}${shared.map(stylesheet).join('\n    ')}\n    ${source.slice(firstStylesheet)}`;
      const links = [
        ...own.map((file) => `    ${stylesheet(file)}\n`),
        ...(modulepreload ? [...files].filter(missing).map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`) : []),
      ];
      html.source = source.replace(/( *)<\/head>/, (_match, indent) => `${links.join('')}${indent}</head>`);
    },
  };
}
