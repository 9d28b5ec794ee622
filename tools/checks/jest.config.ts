import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('../swc-options.cjs');

/** Repository-wide checks (module boundaries). */
const config: Config = {
  displayName: 'checks',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] },
};
export default config;
