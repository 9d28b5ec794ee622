import type { Catalogue } from '../../catalogue';
import type { itCommonTranslation } from '../it/common-translation';

export const enCommonTranslation: Catalogue<typeof itCommonTranslation> = {
  notice: 'This is a translation; the Italian text is the binding one.',
  showItalian: 'Read the Italian text',
  showTranslation: 'Back to the translation',
  italianShown: 'You are reading the Italian text, the binding one.',
};
