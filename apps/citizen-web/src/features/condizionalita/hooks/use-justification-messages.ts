import type { FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

/** The body's `documentIds/…` (a document that is not in my reserved area) shows on the documents field. */
export const justificationFieldOf = (path: string): string => (path.startsWith('documentIds') ? 'files' : path);

/**
 * The justification form's own sentences: a reason to choose (or "the time has passed", which the API names on that
 * field), an explanation of 10 to 2000 characters, a document to upload again.
 */
export function useJustificationMessages(): FieldMessages {
  const { t } = useTranslation('citizen');
  return (field, type, code) => {
    if (code === 'JUSTIFICATION_WINDOW_CLOSED' || type === 'justificationWindow') return t('condizionalita.form.windowClosed');
    if (field === 'reasonCode') return t('condizionalita.form.reasonRequired');
    if (field === 'text') return t('condizionalita.form.textError');
    if (field === 'files') return t('condizionalita.form.documentUnknown');
    return undefined;
  };
}
