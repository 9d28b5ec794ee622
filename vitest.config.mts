// Component and route tests of the SPAs and their web libraries (`npm run test:web`, and a step of `npm test`):
// Vitest on jsdom, Testing Library, the HTTP layer mocked at the network level by MSW (libs/web-testing/src/setup.ts).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const lib = (name: string) => here(`libs/${name}/src/index.ts`);

export default defineConfig({
  root: here('.'),
  cacheDir: here('node_modules/.vite/web-tests'),
  plugins: [react()],
  resolve: {
    alias: {
      '@opencpi/contracts/browser': here('libs/contracts/src/browser.ts'),
      '@opencpi/contracts': lib('contracts'),
      '@opencpi/api-client': lib('api-client'),
      '@opencpi/ui': lib('ui'),
      '@opencpi/i18n/testing': here('libs/i18n/src/testing.ts'), // before '@opencpi/i18n': the first matching alias wins
      '@opencpi/i18n': lib('i18n'),
      '@opencpi/web-testing': lib('web-testing'),
      // its package.json exports only non-standard conditions (`module`, `main`), and its ESM build has extensionless imports that Node refuses: the CommonJS build
      'design-react-kit': here('node_modules/design-react-kit/dist/index.cjs'),
    },
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost:4200/' } },
    include: [
      'apps/citizen-web/src/**/*.test.{ts,tsx}',
      'apps/citizen-web/server/**/*.test.mjs',
      'apps/operator-web/src/**/*.test.{ts,tsx}',
      'libs/{ui,i18n,web-testing}/src/**/*.test.{ts,tsx}',
    ],
    setupFiles: [here('libs/web-testing/src/setup.ts')],
    css: false,
    // the shared 2-core machine: two workers, and time for a cold transform of Bootstrap Italia's React kit
    maxWorkers: 2,
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
