import type { Plugin } from 'vite';

/** See reflect-metadata-first.mjs: the metadata polyfill evaluated right before the DTO modules that need it. */
export declare function reflectMetadataFirst(dir: string): Plugin;
