import type { Plugin } from 'vite';

/** See bundle-budget.mjs: fails the production build when the first load is over budget (gzipped kilobytes). */
export declare function bundleBudget(budget: { jsKb: number; cssKb: number; alsoFirst?: RegExp }): Plugin;
