import type { Catalogue } from '../../catalogue';
import type { itCommonTranslation } from '../it/common-translation';

export const arCommonTranslation: Catalogue<typeof itCommonTranslation> = {
  notice: 'هذه ترجمة: النص الإيطالي هو المُلزِم.',
  showItalian: 'اقرأ النص باللغة الإيطالية',
  showTranslation: 'ارجع إلى الترجمة',
  italianShown: 'أنت تقرأ النص باللغة الإيطالية، وهو النص المُلزِم.',
};
