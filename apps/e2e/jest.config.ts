import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('../../tools/swc-options.cjs');

/**
 * Browser tests: the whole platform (API on a fresh database, built SPAs behind `vite preview`) driven in
 * Debian's Chromium by playwright-core, with axe on every page. One flow per user journey, run in series.
 */
const config: Config = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] },
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 90_000,
};
export default config;
