import type { Plugin } from 'vite';

/** See purge-unused-css.mjs: drops CSS rules whose classes the built JS and HTML never name (production builds). */
export declare function purgeUnusedCss(): Plugin;
export declare function purge(css: string, used: (name: string) => boolean): string;
