import { createI18n, itCitizenFirst } from '@opencpi/i18n';

/**
 * i18next for the citizen app: namespaces `common` and `citizen`, Italian by default. The entry bundles what the first
 * pages show (itCommonFirst, itCitizenFirst); the whole Italian namespaces and the other languages (en, ar, ro, uk) are
 * chunks. main.tsx renders a first page once `i18n.ready`, any other page once `i18n.complete`.
 */
export const i18n = createI18n('citizen', { first: itCitizenFirst });
