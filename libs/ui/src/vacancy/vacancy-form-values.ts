import type { OperatorVacancyBody, VacancyBody, VacancyResponse } from '@opencpi/contracts';
import { addDays, todayInRome } from '@opencpi/i18n';
import type { FieldOf } from '../forms/dto-resolver';
import { checkedValues } from '../forms/form-choice-groups';

/** ISO 639-1: the languages most asked for by employers and spoken by CPI users */
export const VACANCY_LANGUAGES = ['it', 'en', 'fr', 'de', 'es', 'ar', 'ro', 'sq', 'uk', 'zh'] as const;
/** EQF levels of the minimum study title; 0 = none */
export const EQF_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
/** importance of a required skill, 1 (low) … 5 (highest) */
export const SKILL_WEIGHTS = ['1', '2', '3', '4', '5'] as const;
/** a vacancy is full-time or part-time ("any" is only a person's preference) */
export const VACANCY_HOURS = ['full', 'part'] as const;
/** a new ad stays up for 30 days unless the employer says otherwise */
const DEFAULT_DAYS_ONLINE = 30;

/** What the form edits: the body's fields as typed (numbers as text), and the labels of what was picked. */
export interface VacancyFormValues {
  officeId: string;
  title: string;
  occupation: { id: number; label: string } | null;
  description: string;
  skills: { skillId: number; label: string; required: boolean; weight: string }[];
  minEqf: string;
  languages: { language: string; level: string }[];
  licences: string[];
  comune: { istat: string; name: string } | null;
  contractType: string;
  hours: string;
  payMin: string;
  payMax: string;
  durationMonths: string;
  startDate: string;
  positions: string;
  expiresOn: string;
}

const text = (n: number | undefined): string => (n === undefined || n === null ? '' : String(n));

/** The form's first values: the draft's, or a new ad's (one position, online for 30 days). */
export function vacancyFormDefaults(initial: VacancyResponse | undefined, officeId = ''): VacancyFormValues {
  return {
    officeId,
    title: initial?.title ?? '',
    occupation: initial ? { id: initial.occupationId, label: initial.occupationLabel } : null,
    description: initial?.description ?? '',
    skills: initial?.skills.map((s) => ({ skillId: s.skillId, label: s.label, required: s.required, weight: String(s.weight) })) ?? [],
    minEqf: String(initial?.minEqf ?? 0),
    languages: initial?.languages.map((l) => ({ language: l.language, level: l.level })) ?? [],
    licences: initial?.licences ?? [],
    comune: initial ? { istat: initial.comuneIstat, name: initial.comuneName } : null,
    contractType: initial?.contractType ?? 'permanent',
    hours: initial?.hours ?? 'full',
    payMin: text(initial?.payMin),
    payMax: text(initial?.payMax),
    durationMonths: text(initial?.durationMonths),
    startDate: initial?.startDate ?? '',
    positions: initial ? String(initial.positions) : '1',
    expiresOn: initial?.expiresOn ?? addDays(todayInRome(), DEFAULT_DAYS_ONLINE),
  };
}

/** A number typed in a field ("1200,50" too); undefined when empty; NaN (refused by the DTO) when not a number. */
const numberOf = (value: string): number | undefined => {
  const v = value.trim().replace(',', '.');
  return v === '' ? undefined : Number(v);
};

/** The request body: VacancyBody for the company area, OperatorVacancyBody (with the office) for operators. */
export function toVacancyBody(values: VacancyFormValues, withOffice: boolean): VacancyBody | OperatorVacancyBody {
  const optional = (key: 'payMin' | 'payMax' | 'durationMonths') => {
    const n = numberOf(values[key]);
    return n === undefined ? {} : { [key]: n };
  };
  return {
    ...(withOffice ? { officeId: values.officeId } : {}),
    title: values.title.trim(),
    // nothing chosen: 0 is refused by the DTO (IsId), and the error shows on the occupation's field
    occupationId: values.occupation?.id ?? 0,
    description: values.description.trim(),
    skills: values.skills.map((s) => ({ skillId: s.skillId, weight: Number(s.weight), required: s.required })),
    minEqf: Number(values.minEqf),
    languages: values.languages.map((l) => ({ language: l.language, level: l.level })),
    licences: checkedValues(values.licences),
    comuneIstat: values.comune?.istat ?? '',
    contractType: values.contractType,
    hours: values.hours as VacancyBody['hours'],
    ...optional('payMin'),
    ...optional('payMax'),
    ...optional('durationMonths'),
    ...(values.startDate ? { startDate: values.startDate } : {}),
    positions: numberOf(values.positions) ?? 0,
    expiresOn: values.expiresOn,
  };
}

/** The body's `occupationId` and `comuneIstat` are shown on the autocompletes that pick them. */
export const vacancyFieldOf: FieldOf = (path) => {
  if (path === 'occupationId') return 'occupation';
  if (path === 'comuneIstat') return 'comune';
  return path;
};
