import type { Catalogue } from '../../catalogue';
import type { itOperatorMatching } from '../it/operator-matching';

export const enOperatorMatching: Catalogue<typeof itOperatorMatching> = {
  title: '',
};
