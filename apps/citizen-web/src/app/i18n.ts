import { createI18n } from '@opencpi/i18n';

/** i18next for the citizen app: namespaces `common` and `citizen`, Italian by default. */
export const i18n = createI18n('citizen');
