import type { DidProfilePrefillResponse, FileDidBody, WorkCondition } from '@opencpi/contracts';
import { checkedValues } from '@opencpi/ui';
import { LANGUAGES, LICENCES } from './did-options';

/** What the DID form edits: the body's fields as typed (numbers as text, nothing chosen as ''). */
export interface DidFormValues {
  workCondition: WorkCondition | '';
  lastJobEndDate: string;
  noticeEndDate: string;
  lowIncomeKind: string;
  expectedAnnualIncome: string;
  benefit: string;
  citizenship: string;
  education: { title: string; eqfLevel: string; year: string }[];
  jobs: { occupation: string; employer: string; from: string; to: string }[];
  languages: { language: string; level: string }[];
  licences: string[];
  declaration: boolean;
}

export const DID_FORM_DEFAULTS: DidFormValues = {
  workCondition: '',
  lastJobEndDate: '',
  noticeEndDate: '',
  lowIncomeKind: 'employee',
  expectedAnnualIncome: '',
  benefit: 'none',
  citizenship: 'IT',
  education: [],
  jobs: [],
  languages: [],
  licences: [],
  declaration: false,
};

/**
 * The form's starting values: with a saved professional profile (GET /api/citizen/patto/did, `prefill.profile`), its
 * studies, jobs, languages and licences, so that nothing the person already wrote there is typed twice.
 */
export function didFormDefaults(profile?: DidProfilePrefillResponse): DidFormValues {
  if (!profile) return DID_FORM_DEFAULTS;
  return {
    ...DID_FORM_DEFAULTS,
    education: profile.education.map((e) => ({ title: e.title, eqfLevel: String(e.eqfLevel), year: e.year ? String(e.year) : '' })),
    jobs: profile.jobs.map((j) => ({ occupation: j.occupation, employer: j.employer ?? '', from: j.from, to: j.to ?? '' })),
    languages: profile.languages.filter((l) => (LANGUAGES as readonly string[]).includes(l.language)).map((l) => ({ language: l.language, level: l.level })),
    licences: profile.licences.filter((l) => (LICENCES as readonly string[]).includes(l)),
  };
}

const trimmed = (value: string) => value.trim();
/** "1200,50" → 1200.5; a text that is not a number stays NaN, which the DTO refuses */
const amount = (value: string) => Number(value.trim().replace(',', '.'));

/** The request body (FileDidBody): the follow-up field of the chosen situation only, empty optional fields left out. */
export function toFileDidBody(v: DidFormValues): FileDidBody {
  const income = trimmed(v.expectedAnnualIncome);
  return {
    workCondition: v.workCondition as WorkCondition,
    ...(v.workCondition === 'no_job' && v.lastJobEndDate ? { lastJobEndDate: v.lastJobEndDate } : {}),
    ...(v.workCondition === 'notice_period' && v.noticeEndDate ? { noticeEndDate: v.noticeEndDate } : {}),
    ...(v.workCondition === 'low_income_work'
      ? { lowIncomeKind: v.lowIncomeKind as FileDidBody['lowIncomeKind'], ...(income ? { expectedAnnualIncome: amount(income) } : {}) }
      : {}),
    benefit: v.benefit as FileDidBody['benefit'],
    citizenship: v.citizenship,
    education: v.education.map((row) => ({
      title: trimmed(row.title),
      eqfLevel: row.eqfLevel === '' ? Number.NaN : Number(row.eqfLevel),
      ...(trimmed(row.year) ? { year: Number(trimmed(row.year)) } : {}),
    })),
    jobs: v.jobs.map((row) => ({
      occupation: trimmed(row.occupation),
      ...(trimmed(row.employer) ? { employer: trimmed(row.employer) } : {}),
      from: row.from,
      ...(row.to ? { to: row.to } : {}),
    })),
    languages: v.languages.map((row) => ({ language: row.language, level: row.level })),
    licences: LICENCES.filter((l) => checkedValues(v.licences).includes(l)),
    declaration: v.declaration,
  };
}
