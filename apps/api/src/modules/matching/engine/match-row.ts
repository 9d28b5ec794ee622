/** One scored pair as the hot queries return it. */
export interface MatchRow {
  citizen_id: string;
  vacancy_id: string;
  km: string;
  max_km: number;
  met_required: number[];
  missing_required: number[];
  met_optional: number[];
  missing_optional: number[];
  occupation_match: 'same' | 'group' | 'none';
  eqf: number;
  min_eqf: number;
  missing_languages: string[];
  missing_licences: string[];
  availability_match: boolean;
  p_required: number;
  p_optional: number;
  p_occupation: number;
  p_education: number;
  p_languages: number;
  p_licences: number;
  p_distance: number;
  p_availability: number;
  score: string;
}
