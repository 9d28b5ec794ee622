import { enCitizen } from './locales/en/citizen';
import { enCommon } from './locales/en/common';
import { enOperator } from './locales/en/operator';
import { itCitizen } from './locales/it/citizen';
import { itCommon } from './locales/it/common';
import { itOperator } from './locales/it/operator';

/** i18next namespaces: `common` for both SPAs and @opencpi/ui, one per app. */
export const NAMESPACES = ['common', 'citizen', 'operator'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type AppNamespace = Exclude<Namespace, 'common'>;

export const resources = {
  it: { common: itCommon, citizen: itCitizen, operator: itOperator },
  en: { common: enCommon, citizen: enCitizen, operator: enOperator },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof itCommon; citizen: typeof itCitizen; operator: typeof itOperator };
  }
}
