import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('../../tools/swc-options.cjs');

/** The typed client's behaviour (CSRF, problem+json, uploads, downloads) over a fake fetch: no server, no browser. */
const config: Config = {
  displayName: 'api-client',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] },
};
export default config;
