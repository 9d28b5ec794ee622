import type { LabelledIdResponse, ProfileResponse, SaveProfileBody, Visibility } from '@opencpi/contracts';
import { CONTRACT_TYPES, LICENCES, VISIBILITIES, WORK_HOURS, isOneOf, type ContractType, type Licence, type WorkHours } from './matching-options';

export interface ExperienceRow {
  key: number;
  /** the ESCO occupation the API linked to this experience, kept as it came */
  occupationId?: number;
  title: string;
  employer: string;
  from: string;
  to: string;
  tasks: string;
}
export interface EducationRow {
  key: number;
  title: string;
  eqfLevel: string;
  year: string;
}
export interface LanguageRow {
  key: number;
  language: string;
  level: string;
}

/** The professional profile while it is being edited (numbers as typed, rows with a key for React). */
export interface ProfileDraft {
  targetOccupations: LabelledIdResponse[];
  skills: LabelledIdResponse[];
  experiences: ExperienceRow[];
  education: EducationRow[];
  languages: LanguageRow[];
  licences: Licence[];
  comune: { istat: string; name: string } | undefined;
  maxKm: string;
  maxMinutes: string;
  ownVehicle: boolean;
  hours: WorkHours;
  shifts: boolean;
  contractTypes: ContractType[];
  available: boolean;
  visibility: Visibility;
}

let lastKey = 0;
/** A key for a new row, unique in the page. */
export const newRowKey = (): number => ++lastKey;

/** Replaces row `index` of a list with a changed copy. */
export function updateRow<R>(rows: readonly R[], index: number, change: Partial<R>): R[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

/** The form's starting values: the saved profile, or the one pre-filled from the DID and the registry. */
export function draftFromProfile(profile: ProfileResponse): ProfileDraft {
  return {
    targetOccupations: profile.targetOccupations.map(({ id, label }) => ({ id, label })),
    skills: profile.skills.map(({ id, label }) => ({ id, label })),
    experiences: profile.experiences.map((e) => ({
      key: newRowKey(),
      ...(e.occupationId !== undefined ? { occupationId: e.occupationId } : {}),
      title: e.title,
      employer: e.employer ?? '',
      from: e.from.slice(0, 10),
      to: e.to?.slice(0, 10) ?? '',
      tasks: e.tasks ?? '',
    })),
    education: profile.education.map((e) => ({
      key: newRowKey(),
      title: e.title,
      eqfLevel: String(e.eqfLevel),
      year: e.year !== undefined ? String(e.year) : '',
    })),
    languages: profile.languages.map((l) => ({ key: newRowKey(), language: l.language, level: l.level })),
    licences: LICENCES.filter((l) => profile.licences.includes(l)),
    comune: profile.comuneIstat ? { istat: profile.comuneIstat, name: profile.comuneName ?? profile.comuneIstat } : undefined,
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

const integer = (value: string): number | undefined => {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
};

/**
 * The body of PUT /profile. The browser has already checked the numbers (see checkDraft); the API checks
 * everything again and its field errors point back to the form's fields.
 */
export function bodyFromDraft(draft: ProfileDraft): SaveProfileBody {
  const maxMinutes = integer(draft.maxMinutes);
  return {
    visibility: draft.visibility,
    comuneIstat: draft.comune?.istat ?? '',
    maxKm: integer(draft.maxKm) ?? 0,
    ...(maxMinutes !== undefined ? { maxMinutes } : {}),
    ownVehicle: draft.ownVehicle,
    hours: draft.hours,
    shifts: draft.shifts,
    contractTypes: CONTRACT_TYPES.filter((c) => draft.contractTypes.includes(c)),
    targetOccupationIds: draft.targetOccupations.map((o) => o.id),
    skillIds: draft.skills.map((s) => s.id),
    experiences: draft.experiences.map((row) => ({
      ...(row.occupationId !== undefined ? { occupationId: row.occupationId } : {}),
      title: row.title.trim(),
      ...(row.employer.trim() ? { employer: row.employer.trim() } : {}),
      from: row.from,
      ...(row.to ? { to: row.to } : {}),
      ...(row.tasks.trim() ? { tasks: row.tasks.trim() } : {}),
    })),
    education: draft.education.map((row) => {
      const year = integer(row.year);
      return { title: row.title.trim(), eqfLevel: Number(row.eqfLevel), ...(year !== undefined ? { year } : {}) };
    }),
    languages: draft.languages.map((row) => ({ language: row.language, level: row.level })),
    licences: LICENCES.filter((l) => draft.licences.includes(l)),
    available: draft.available,
  };
}

export interface DraftMessages {
  comuneRequired: string;
  maxKm: string;
  maxMinutes: string;
  selectRequired: string;
}

/**
 * What the browser checks before sending (by the JSON pointer the API would use): a comune chosen from the list,
 * the distances in range, the choices of the rows' lists. Everything else is checked by the API.
 */
export function checkDraft(draft: ProfileDraft, messages: DraftMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.comune) errors['/comuneIstat'] = messages.comuneRequired;
  const maxKm = integer(draft.maxKm);
  if (maxKm === undefined || maxKm < 1 || maxKm > 150) errors['/maxKm'] = messages.maxKm;
  if (draft.maxMinutes.trim()) {
    const maxMinutes = integer(draft.maxMinutes);
    if (maxMinutes === undefined || maxMinutes < 5 || maxMinutes > 240) errors['/maxMinutes'] = messages.maxMinutes;
  }
  draft.education.forEach((row, i) => {
    if (!row.eqfLevel) errors[`/education/${i}/eqfLevel`] = messages.selectRequired;
  });
  draft.languages.forEach((row, i) => {
    if (!row.language) errors[`/languages/${i}/language`] = messages.selectRequired;
    if (!row.level) errors[`/languages/${i}/level`] = messages.selectRequired;
  });
  return errors;
}

/** What each section of the profile form gets: the draft, how to change it, and the errors of its fields. */
export interface DraftSectionProps {
  draft: ProfileDraft;
  /** a partial change, or a function of the current draft (for rows) */
  change: (change: Partial<ProfileDraft> | ((draft: ProfileDraft) => Partial<ProfileDraft>)) => void;
  /** the client's own error for a JSON pointer first, else the API's */
  errorFor: (pointer: string) => string | undefined;
  clearError: (pointer: string) => void;
  /** rows were added or removed: errors by row index no longer point at the right row */
  rowsChanged: () => void;
}
