import { createI18n } from '@opencpi/i18n';

/**
 * i18next for the operator app: namespaces `common` (Italian bundled) and `operator`, Italian by default; the
 * `operator` namespace and English are chunks loaded on demand (the back office is offered in it and en only); main.tsx
 * renders once `i18n.ready`.
 */
export const i18n = createI18n('operator');
