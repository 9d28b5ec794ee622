import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import { bundleBudget } from '../../tools/vite/bundle-budget.mjs';
import { reflectMetadataFirst } from '../../tools/vite/reflect-metadata-first.mjs';
import { purgeUnusedCss } from '../../tools/vite/purge-unused-css.mjs';
import { prerenderFirstPage } from '../../tools/vite/prerender-first-page.mjs';
import { preloadChunks } from '../../tools/vite/preload-chunks.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const lib = (name: string) => here(`../../libs/${name}/src/index.ts`);
/** the app itself, imported by main.tsx after the first paint */
const START = /apps\/citizen-web\/src\/start\.tsx$/;

/** Same-origin /api: cookies set by the API for host localhost reach it, so changeOrigin stays false. */
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000', changeOrigin: false },
};

export default defineConfig({
  root: here('.'),
  // fonts (Titillium Web etc.) and favicon, shared by both SPAs: libs/ui/public
  publicDir: here('../../libs/ui/public'),
  cacheDir: here('../../node_modules/.vite/citizen-web'),
  // purgeUnusedCss: Bootstrap Italia's rules that no page names (CSS of the first load 89 → 19 KB gzip). bundleBudget: the
  // first load (the entry and what it imports statically, before any route chunk) fails the build over 150 KB of JS or
  // 40 KB of CSS gzipped (issue 17). It fits since React Router runs in declarative mode (AppRouter) and the entry bundles
  // only the first pages' Italian texts (createI18n `first`): ~194 → ~146 KB.
  plugins: [
    react(),
    // the DTOs' metadata polyfill comes with @opencpi/contracts (in the pages with forms), not with main.tsx
    reflectMetadataFirst(here('../../libs/contracts/src/')),
    purgeUnusedCss(),
    // main.tsx imports the app (start.tsx) once the prerendered page is painted: its stylesheets are index.html's own (no
    // layout shift when it runs); its JavaScript is fetched then, not competing with what the first paint needs, and is
    // counted as first load
    preloadChunks(START, { modulepreload: false }),
    bundleBudget({ jsKb: Number(process.env.BUNDLE_BUDGET_JS_KB ?? 150), cssKb: 40, alsoFirst: START }),
    // the landing page's HTML in index.html, painted before the JavaScript runs; app.html for the other addresses
    // (app.html fetches the app and the whole Italian texts with the entry: nothing is painted before they run anyway)
    // the pages opened from a link (invitation, recall, verification) rendered per request with the API's answer: by
    // `vite preview` here, by apps/citizen-web/server in production (both run the server-side build in dist)
    prerenderFirstPage({
      entry: here('src/prerender.tsx'),
      serverOutDir: here('../../dist/apps/citizen-web-server'),
      shellPreloads: /(apps\/citizen-web\/src\/start\.tsx|libs\/i18n\/src\/locales\/it\/(common|citizen)\.ts)$/,
      apiOrigin: proxy['/api']?.target as string | undefined,
    }),
  ],
  resolve: {
    alias: {
      // before '@opencpi/contracts' (the first matching alias wins): the DTOs and enums, safe for the browser
      '@opencpi/contracts/browser': here('../../libs/contracts/src/browser.ts'),
      '@opencpi/contracts': lib('contracts'),
      '@opencpi/api-client': lib('api-client'),
      '@opencpi/ui': lib('ui'),
      '@opencpi/i18n': lib('i18n'),
    },
  },
  server: { host: 'localhost', port: 4200, strictPort: true, proxy, fs: { allow: [here('../..')] } },
  preview: { host: 'localhost', port: 4200, strictPort: true, proxy },
  build: {
    outDir: here('../../dist/apps/citizen-web'),
    emptyOutDir: true,
    sourcemap: true,
  },
});
