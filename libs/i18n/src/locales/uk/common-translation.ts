import type { Catalogue } from '../../catalogue';
import type { itCommonTranslation } from '../it/common-translation';

export const ukCommonTranslation: Catalogue<typeof itCommonTranslation> = {
  notice: 'Це переклад: юридичну силу має текст італійською мовою.',
  showItalian: 'Читати текст італійською',
  showTranslation: 'Повернутися до перекладу',
  italianShown: 'Ви читаєте текст італійською — саме він має юридичну силу.',
};
