import type { Catalogue } from '../../catalogue';
import type { itCommonTranslation } from '../it/common-translation';

export const roCommonTranslation: Catalogue<typeof itCommonTranslation> = {
  notice: 'Aceasta este o traducere: valabil este textul în italiană.',
  showItalian: 'Citește textul în italiană',
  showTranslation: 'Înapoi la traducere',
  italianShown: 'Citești textul în italiană, cel care este valabil.',
};
