import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('../../tools/swc-options.cjs');

/**
 * API tests. `*.spec.ts`: pure units. `*.int-spec.ts`: the real app over HTTP on real PostgreSQL — the
 * global setup migrates and seeds a template database once; each test file clones it (names end in _test).
 */
const config: Config = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] },
  moduleNameMapper: { '^@opencpi/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30_000,
};
export default config;
