import type { LabelledIdResponse, ProfileResponse, SaveProfileBody, Visibility } from '@opencpi/contracts';
import { checkedValues } from '@opencpi/ui';
import { CONTRACT_TYPES, LICENCES, VISIBILITIES, WORK_HOURS, isOneOf, type WorkHours } from './matching-options';

export interface ExperienceRow {
  /** the ESCO occupation the API linked to this experience, kept as it came */
  occupationId?: number;
  title: string;
  employer: string;
  from: string;
  to: string;
  tasks: string;
}
export interface EducationRow {
  title: string;
  eqfLevel: string;
  year: string;
}
export interface LanguageRow {
  language: string;
  level: string;
}

/** The professional profile while it is being edited (react-hook-form's values: numbers as typed). */
export interface ProfileDraft {
  targetOccupations: LabelledIdResponse[];
  skills: LabelledIdResponse[];
  experiences: ExperienceRow[];
  education: EducationRow[];
  languages: LanguageRow[];
  /** the ticked boxes (FormCheckboxGroup) */
  licences: string[];
  comune: { istat: string; name: string } | null;
  maxKm: string;
  maxMinutes: string;
  ownVehicle: boolean;
  hours: WorkHours;
  shifts: boolean;
  contractTypes: string[];
  available: boolean;
  visibility: Visibility;
}

/** The form's starting values: the saved profile, or the one pre-filled from the DID and the registry. */
export function draftFromProfile(profile: ProfileResponse): ProfileDraft {
  return {
    targetOccupations: profile.targetOccupations.map(({ id, label }) => ({ id, label })),
    skills: profile.skills.map(({ id, label }) => ({ id, label })),
    experiences: profile.experiences.map((e) => ({
      ...(e.occupationId !== undefined ? { occupationId: e.occupationId } : {}),
      title: e.title,
      employer: e.employer ?? '',
      from: e.from.slice(0, 10),
      to: e.to?.slice(0, 10) ?? '',
      tasks: e.tasks ?? '',
    })),
    education: profile.education.map((e) => ({ title: e.title, eqfLevel: String(e.eqfLevel), year: e.year !== undefined ? String(e.year) : '' })),
    languages: profile.languages.map((l) => ({ language: l.language, level: l.level })),
    licences: LICENCES.filter((l) => profile.licences.includes(l)),
    comune: profile.comuneIstat ? { istat: profile.comuneIstat, name: profile.comuneName ?? profile.comuneIstat } : null,
    maxKm: String(profile.maxKm),
    maxMinutes: profile.maxMinutes !== undefined ? String(profile.maxMinutes) : '',
    ownVehicle: profile.ownVehicle,
    hours: isOneOf(WORK_HOURS, profile.hours) ? profile.hours : 'any',
    shifts: profile.shifts,
    contractTypes: CONTRACT_TYPES.filter((c) => profile.contractTypes.includes(c)),
    available: profile.available,
    visibility: isOneOf(VISIBILITIES, profile.visibility) ? profile.visibility : 'cpi_agencies',
  };
}

/** A number field as typed: its integer, or the text itself (or nothing when empty) so that SaveProfileBody refuses it. */
const integer = (value: string): number | string | undefined => {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};
const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> => (value.trim() ? ({ [key]: value.trim() } as Record<K, string>) : {});

/**
 * The body of PUT /profile, checked in the browser by SaveProfileBody's own decorators (dtoResolver) and again by the
 * API; the field errors of either land on the form's fields (see profileFieldOf).
 */
export function bodyFromDraft(draft: ProfileDraft): SaveProfileBody {
  const maxMinutes = integer(draft.maxMinutes);
  const contractTypes = checkedValues(draft.contractTypes);
  const licences = checkedValues(draft.licences);
  return {
    visibility: draft.visibility,
    comuneIstat: draft.comune?.istat ?? '',
    maxKm: integer(draft.maxKm) as number,
    ...(maxMinutes !== undefined ? { maxMinutes: maxMinutes as number } : {}),
    ownVehicle: draft.ownVehicle,
    hours: draft.hours,
    shifts: draft.shifts,
    contractTypes: CONTRACT_TYPES.filter((c) => contractTypes.includes(c)),
    targetOccupationIds: draft.targetOccupations.map((o) => o.id),
    skillIds: draft.skills.map((s) => s.id),
    experiences: draft.experiences.map((row) => ({
      ...(row.occupationId !== undefined ? { occupationId: row.occupationId } : {}),
      title: row.title.trim(),
      ...optional('employer', row.employer),
      from: row.from,
      ...optional('to', row.to),
      ...optional('tasks', row.tasks),
    })),
    education: draft.education.map((row) => {
      const year = integer(row.year);
      return { title: row.title.trim(), eqfLevel: (integer(row.eqfLevel) ?? '') as number, ...(year !== undefined ? { year: year as number } : {}) };
    }),
    languages: draft.languages.map((row) => ({ language: row.language, level: row.level })),
    licences: LICENCES.filter((l) => licences.includes(l)),
    available: draft.available,
  };
}

/** A path of SaveProfileBody → the form field that shows its error (`comuneIstat` → `comune`, `skillIds.3` → `skills`). */
export function profileFieldOf(path: string): string {
  if (path === 'comuneIstat') return 'comune';
  if (path.startsWith('targetOccupationIds')) return 'targetOccupations';
  if (path.startsWith('skillIds')) return 'skills';
  if (/^(contractTypes|licences)\.\d+$/.test(path)) return path.replace(/\.\d+$/, '');
  return path;
}
