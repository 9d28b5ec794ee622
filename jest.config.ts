import type { Config } from 'jest';

/** Unit and integration tests (the browser tests have their own config: apps/e2e/jest.config.ts). */
const config: Config = {
  projects: ['<rootDir>/libs/contracts', '<rootDir>/apps/api', '<rootDir>/tools/checks'],
};
export default config;
