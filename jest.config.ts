import type { Config } from 'jest';

/** Unit and integration tests (the browser tests have their own config: apps/e2e/jest.config.ts). */
const config: Config = {
  // a global option (ignored inside a project's config): integration tests boot the whole app (17 modules) on a loaded 2-core machine; beforeAll boots can pass 30 s there
  testTimeout: 60_000,
  projects: ['<rootDir>/libs/contracts', '<rootDir>/libs/api-client', '<rootDir>/apps/api', '<rootDir>/tools/checks'],
};
export default config;
