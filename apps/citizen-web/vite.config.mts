import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const lib = (name: string) => here(`../../libs/${name}/src/index.ts`);

/** Same-origin /api: cookies set by the API for host localhost reach it, so changeOrigin stays false. */
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000', changeOrigin: false },
};

export default defineConfig({
  root: here('.'),
  // fonts (Titillium Web etc.) and favicon, shared by both SPAs: libs/ui/public
  publicDir: here('../../libs/ui/public'),
  cacheDir: here('../../node_modules/.vite/citizen-web'),
  plugins: [react()],
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
