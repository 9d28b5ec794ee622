import type { Catalogue } from '../../catalogue';
import type { itCitizenImprese } from '../it/citizen-imprese';

export const enCitizenImprese: Catalogue<typeof itCitizenImprese> = {
  title: '',
};
