// @ts-check
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
 * Pages people open from a link (an invitation, a recall, a certificate's QR code) are rendered per request with the
 * API's answer: the server-side build is kept in `serverOutDir` (the production server, apps/citizen-web/server, runs
 * it) and `vite preview` renders those pages with it, asking the API at `apiOrigin` (entry's `renderLinkPage`).
 *
 * @param {{ entry: string; serverOutDir: string; shellPreloads?: RegExp; apiOrigin?: string }} options `entry`: absolute
 *   path of the module to render with (exports `renderFirstPage` and `renderLinkPage`)
 * @returns {import('vite').Plugin}
 */
export function prerenderFirstPage({ entry, serverOutDir, shellPreloads, apiOrigin }) {
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
      const { build } = await import('vite');
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: {
          ssr: entry,
          outDir: serverOutDir,
          emptyOutDir: true,
          sourcemap: false,
          copyPublicDir: false,
          // one file that Node runs as is: every module bundled (design-react-kit's ESM build is not loadable by Node)
          rollupOptions: { output: { entryFileNames: 'prerender.mjs', codeSplitting: false } },
        },
        ssr: { noExternal: true },
      });
      const module = await import(`${pathToFileURL(path.join(serverOutDir, 'prerender.mjs')).href}?t=${Date.now()}`);
      const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      if (!html.includes('<div id="root"></div>')) throw new Error('prerender-first-page: index.html has no empty <div id="root"></div>');
      const preloads = shellFiles.filter((file) => !html.includes(`/${file}"`)).map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">\n`);
      writeFileSync(
        path.join(outDir, 'app.html'),
        html.replace(/( *)<\/head>/, (_match, indent) => `${preloads.join('')}${indent}</head>`),
      );
      // the template of a page rendered per request (renderLinkPage): painted from its HTML, so like index.html it does
      // not fetch the app before the first paint (app.html's preloads would compete with what that paint needs)
      writeFileSync(path.join(outDir, 'page.html'), html);
      writeFileSync(path.join(outDir, 'index.html'), html.replace('<div id="root"></div>', `<div id="root" inert>${module.renderFirstPage('/')}</div>`));
    },
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      /** @type {Promise<{ renderLinkPage: (shell: string, url: string, options: { apiOrigin: string }) => Promise<string | undefined> }> | undefined} */
      let renderer;
      // an address of the SPA other than / (a page, not a file): a page opened from a link rendered with the API's
      // answer, any other the empty shell
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        // not a file of the build (a link's token may contain a dot: /invito/k0.AbC…)
        const file = path.join(outDir, decodeURIComponent(url.pathname));
        const isFile = file.startsWith(`${outDir}${path.sep}`) && existsSync(file) && statSync(file).isFile();
        const page = req.method === 'GET' && url.pathname !== '/' && !isFile && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/');
        if (!page || !existsSync(path.join(outDir, 'app.html'))) return next();
        req.url = `/app.html${url.search}`;
        const bundle = path.join(serverOutDir, 'prerender.mjs');
        if (!apiOrigin || !existsSync(bundle)) return next();
        renderer ??= import(pathToFileURL(bundle).href);
        renderer
          .then((module) => module.renderLinkPage(readFileSync(path.join(outDir, 'page.html'), 'utf8'), `${url.pathname}${url.search}`, { apiOrigin }))
          .then((html) => {
            if (html === undefined) return next();
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
            res.end(html);
          }, next);
      });
    },
  };
}
