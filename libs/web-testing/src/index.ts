// Helpers of the SPA tests (Vitest + Testing Library + MSW); test files only, never the apps' code.
export * from './msw-server';
export * from './render';
