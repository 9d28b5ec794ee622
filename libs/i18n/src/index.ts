export * from './language';
export * from './format';
export * from './calendar-date';
export * from './resources';
export * from './create-i18n';
export * from './use-formatters';
export * from './coded-texts';
export type { Catalogue } from './catalogue';
export * from './code-labels';
