export * from './language';
export * from './format';
export * from './resources';
export * from './create-i18n';
export * from './use-formatters';
export type { Catalogue } from './catalogue';
