import { createI18n } from '@opencpi/i18n';

/**
 * i18next for the citizen app: namespaces `common` (Italian bundled) and `citizen`, Italian by default; the `citizen`
 * namespace and the other languages (en, ar, ro, uk) are chunks loaded on demand; main.tsx renders once `i18n.ready`.
 */
export const i18n = createI18n('citizen');
