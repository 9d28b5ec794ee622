import { createI18n } from '@opencpi/i18n';

/** i18next for the operator app: namespaces `common` and `operator`, Italian by default. */
export const i18n = createI18n('operator');
