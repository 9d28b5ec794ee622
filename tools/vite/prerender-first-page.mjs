// @ts-check
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Vite plugin: the landing page painted from the HTML, before any JavaScript runs (issue 17: LCP ≤ 2.0 s on a slow
 * phone). After the browser build, a server-side build of `entry` (which exports `renderFirstPage(url): string`, see
 * apps/citizen-web/src/prerender.tsx) renders `/` into `<div id="root" inert>` of index.html; main.tsx then renders the
 * same page over it and lifts `inert` (until then a click or a keystroke would reach a page without its app, and be lost). The other addresses of the SPA get `app.html`, the empty shell (the landing page's HTML must not show
 * under /profilo): `vite preview` here, nginx in production (deploy/nginx: `location = /` and `try_files … /app.html`).
 *
 * The shell preloads (modulepreload) the chunks matching `shellPreloads`: with nothing painted before the JavaScript
 * runs, the app and the texts every other page waits for are fetched with the entry.
 *
 * @param {{ entry: string; shellPreloads?: RegExp }} options `entry`: absolute path of the module to render with
 * @returns {import('vite').Plugin}
 */
export function prerenderFirstPage({ entry, shellPreloads }) {
  /** @type {import('vite').ResolvedConfig} */
  let config;
  /** @type {string[]} */
  let shellFiles = [];
  return {
    name: 'opencpi-prerender-first-page',
    // the browser's build (the server-side build below runs with the same config file), and `vite preview`
    apply: (_config, env) => (env.command === 'build' && !env.isSsrBuild) || env.isPreview === true,
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const files = new Set();
      const add = (/** @type {string} */ file) => {
        const chunk = bundle[file];
        if (files.has(file) || !chunk || chunk.type !== 'chunk') return;
        files.add(file);
        chunk.imports.forEach(add);
      };
      for (const item of Object.values(bundle)) {
        if (shellPreloads && item.type === 'chunk' && item.facadeModuleId && shellPreloads.test(item.facadeModuleId)) add(item.fileName);
      }
      shellFiles = [...files];
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const serverDir = path.join(config.cacheDir, 'prerender');
      const { build } = await import('vite');
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: entry, outDir: serverDir, emptyOutDir: true, sourcemap: false, copyPublicDir: false, rollupOptions: { output: { entryFileNames: 'prerender.mjs' } } },
        ssr: { noExternal: true }, // one file that Node runs as is (design-react-kit's ESM build is not loadable by Node)
      });
      const module = await import(`${pathToFileURL(path.join(serverDir, 'prerender.mjs')).href}?t=${Date.now()}`);
      const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      if (!html.includes('<div id="root"></div>')) throw new Error('prerender-first-page: index.html has no empty <div id="root"></div>');
      const preloads = shellFiles.filter((file) => !html.includes(`/${file}"`)).map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`);
      writeFileSync(
        path.join(outDir, 'app.html'),
        html.replace(/( *)<\/head>/, (_match, indent) => `${preloads.join('')}${indent}</head>`),
      );
      writeFileSync(path.join(outDir, 'index.html'), html.replace('<div id="root"></div>', `<div id="root" inert>${module.renderFirstPage('/')}</div>`));
    },
    configurePreviewServer(server) {
      // an address of the SPA other than / (a page, not a file): the empty shell
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const page = req.method === 'GET' && url.pathname !== '/' && !path.extname(url.pathname) && !url.pathname.startsWith('/api/');
        if (page && existsSync(path.resolve(server.config.root, server.config.build.outDir, 'app.html'))) req.url = `/app.html${url.search}`;
        next();
      });
    },
  };
}
