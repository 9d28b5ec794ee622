import { enCitizen } from './locales/en/citizen';
import { enCommon } from './locales/en/common';
import { enOperator } from './locales/en/operator';
import { itCitizen } from './locales/it/citizen';
import { itCommon } from './locales/it/common';
import { itOperator } from './locales/it/operator';

/**
 * Italian and English, every namespace, for tests that need them synchronously (`createI18n(app, { resources:
 * allResources })`). A separate entry point (`@opencpi/i18n/testing`), never imported by the SPAs: a static import of
 * these catalogues would put them back into the first load.
 */
export const allResources = {
  it: { common: itCommon, citizen: itCitizen, operator: itOperator },
  en: { common: enCommon, citizen: enCitizen, operator: enOperator },
};
