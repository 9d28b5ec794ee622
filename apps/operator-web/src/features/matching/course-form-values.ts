import type { ComuneResponse, CourseBody, LabelledIdResponse } from '@opencpi/contracts';
import type { FieldOf } from '@opencpi/ui';

/** What the course form edits: the body's fields as typed, and the skills and comune picked (with their names). */
export interface CourseFormValues {
  provider: string;
  title: string;
  skills: LabelledIdResponse[];
  eqf: string;
  hours: string;
  mode: string;
  comune: ComuneResponse | null;
  startDate: string;
  endDate: string;
  seats: string;
  free: boolean;
  golEligible: boolean;
}

export const COURSE_FORM_DEFAULTS: CourseFormValues = {
  provider: '',
  title: '',
  skills: [],
  eqf: '',
  hours: '',
  mode: 'in_person',
  comune: null,
  startDate: '',
  endDate: '',
  seats: '',
  free: false,
  golEligible: false,
};

/** '' → NaN (refused by the DTO's IsInt); a whole number as typed otherwise */
const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The request body (CourseBody). */
export function toCourseBody(v: CourseFormValues): CourseBody {
  return {
    provider: v.provider.trim(),
    title: v.title.trim(),
    skillIds: v.skills.map((s) => s.id),
    ...(v.eqf !== '' ? { eqf: Number(v.eqf) } : {}),
    hours: whole(v.hours),
    mode: v.mode,
    ...(v.comune ? { comuneIstat: v.comune.istat } : {}),
    startDate: v.startDate,
    endDate: v.endDate,
    seats: whole(v.seats),
    free: v.free,
    golEligible: v.golEligible,
  };
}

/** The body's `skillIds` and `comuneIstat` show on the fields that pick them. */
export const courseFieldOf: FieldOf = (path) => (path.startsWith('skillIds') ? 'skills' : path === 'comuneIstat' ? 'comune' : path);
