import type { Plugin } from 'vite';

/** See preload-chunks.mjs: modulepreload links in index.html for the lazy chunks the first render waits for. */
export declare function preloadChunks(modules: RegExp, options?: { modulepreload?: boolean }): Plugin;
