import type { Catalogue } from '../../catalogue';
import type { itCitizenMatching } from '../it/citizen-matching';

export const enCitizenMatching: Catalogue<typeof itCitizenMatching> = {
  title: '',
};
