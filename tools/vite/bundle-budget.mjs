// @ts-check
import { gzipSync } from 'node:zlib';

/**
 * Vite plugin: the first load of an SPA (its entry chunk, the chunks the entry imports statically, the chunks index.html
 * preloads, and their CSS: what index.html loads before any route chunk) must stay within a gzip budget; the build
 * fails when it does not.
 * Prints the figures on every production build. `BUNDLE_BUDGET_VERBOSE=1` also lists the largest modules of the first
 * load (rendered size before gzip), to see what to split next.
 *
 * @param {{ jsKb: number; cssKb: number; alsoFirst?: RegExp }} budget kilobytes (1 KB = 1,000 bytes, as Vite's own report)
 *   of gzipped JS/CSS; `alsoFirst`: source modules (facade of a chunk) the first page imports dynamically at start (the
 *   citizen app's start.tsx, imported after the first paint): counted with their imports as first load
 * @returns {import('vite').Plugin}
 */
export function bundleBudget(budget) {
  return {
    name: 'opencpi-bundle-budget',
    // the browser's build only (not the server-side build of prerender-first-page.mjs)
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    writeBundle(_options, bundle) {
      const first = firstLoad(bundle, budget.alsoFirst);
      const gz = (/** @type {string | Uint8Array} */ source) => gzipSync(source, { level: 9 }).length;
      const jsBytes = first.js.reduce((sum, file) => sum + gz(/** @type {any} */ (bundle[file]).code), 0);
      const cssBytes = first.css.reduce((sum, file) => sum + gz(/** @type {any} */ (bundle[file]).source), 0);
      const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1);
      const lines = [
        `first load: ${first.js.length} JS file(s) ${kb(jsBytes)} KB gzip (budget ${budget.jsKb} KB), ` +
          `${first.css.length} CSS file(s) ${kb(cssBytes)} KB gzip (budget ${budget.cssKb} KB)`,
      ];
      if (process.env.BUNDLE_BUDGET_VERBOSE) lines.push(...largestModules(bundle, first.js));
      this.info ? this.info(lines.join('\n')) : console.log(lines.join('\n'));
      console.log(`[bundle-budget] ${lines.join('\n[bundle-budget] ')}`);
      const over = [];
      if (jsBytes > budget.jsKb * 1000) over.push(`JS ${kb(jsBytes)} KB > ${budget.jsKb} KB`);
      if (cssBytes > budget.cssKb * 1000) over.push(`CSS ${kb(cssBytes)} KB > ${budget.cssKb} KB`);
      if (over.length) {
        this.error(`first-load bundle over budget: ${over.join(', ')} (gzip). Load more of it lazily (lazyPage, import()).`);
      }
    },
  };
}

/**
 * The entry chunk and its static imports, transitively, and the CSS they import.
 * @param {import('rollup').OutputBundle} bundle
 * @param {RegExp} [alsoFirst]
 */
function firstLoad(bundle, alsoFirst) {
  const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) throw new Error('bundle-budget: no entry chunk in the bundle');
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  // the entry with its static imports, and any chunk index.html preloads (modulepreload)
  const html = bundle['index.html'];
  const preloaded = html?.type === 'asset' ? [...String(html.source).matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]) : [];
  const started = alsoFirst
    ? Object.values(bundle)
        .filter((item) => item.type === 'chunk' && item.facadeModuleId && alsoFirst.test(item.facadeModuleId))
        .map((item) => item.fileName)
    : [];
  const stack = [entry.fileName, ...preloaded, ...started];
  while (stack.length) {
    const file = /** @type {string} */ (stack.pop());
    const chunk = bundle[file];
    if (js.has(file) || !chunk || chunk.type !== 'chunk') continue;
    js.add(file);
    stack.push(...chunk.imports);
    /** @type {{ importedCss?: Set<string> } | undefined} */
    const meta = /** @type {any} */ (chunk).viteMetadata;
    for (const cssFile of meta?.importedCss ?? []) css.add(cssFile);
  }
  return { js: [...js], css: [...css].filter((file) => bundle[file]?.type === 'asset') };
}

/**
 * @param {import('rollup').OutputBundle} bundle
 * @param {string[]} files
 */
function largestModules(bundle, files) {
  /** @type {[string, number][]} */
  const modules = [];
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk.type !== 'chunk') continue;
    for (const [id, info] of Object.entries(chunk.modules)) modules.push([id.replace(/^.*node_modules\//, '~/'), info.renderedLength]);
  }
  const byPackage = new Map();
  for (const [id, size] of modules) {
    const key = id.startsWith('~/')
      ? id
          .split('/')
          .slice(0, id.startsWith('~/@') ? 3 : 2)
          .join('/')
      : id.replace(/\/[^/]*$/, '/');
    byPackage.set(key, (byPackage.get(key) ?? 0) + size);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, size]) => `  ${(size / 1000).toFixed(1).padStart(7)} KB  ${key}`);
}
