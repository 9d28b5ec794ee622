import type { Plugin } from 'vite';

/** See prerender-first-page.mjs: the landing page's HTML in index.html at build time, app.html for the other addresses. */
export declare function prerenderFirstPage(options: { entry: string; shellPreloads?: RegExp }): Plugin;
