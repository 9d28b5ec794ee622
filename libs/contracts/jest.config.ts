import type { Config } from 'jest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const swcOptions = require('../../tools/swc-options.cjs');

const config: Config = {
  displayName: 'contracts',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ sourceMaps: 'inline' }), swcrc: false }] },
};
export default config;
