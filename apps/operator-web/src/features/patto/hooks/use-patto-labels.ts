import type { Benefit, ContactChannel, OwnActivityKind, PattoActionType } from '@opencpi/contracts';
import { useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/*
 * The codes of the presa in carico, copied from contracts (the SPAs take only types from there):
 * `satisfies` makes a code that contracts does not have a compile error.
 */
export const BENEFITS = ['none', 'naspi', 'dis_coll', 'adi', 'sfl'] as const satisfies readonly Benefit[];
export const CONTACT_CHANNELS = ['digital', 'blended', 'in_person'] as const satisfies readonly ContactChannel[];
export const GOL_PATHWAYS = [1, 2, 3, 4] as const;
export type GolPathway = (typeof GOL_PATHWAYS)[number];
export const SKILLS_GAPS = ['none', 'small', 'large'] as const;
export type SkillsGap = (typeof SKILLS_GAPS)[number];
export const PATTO_ACTION_TYPES = [
  'job_search_workshop',
  'orientation',
  'training',
  'traineeship',
  'job_application',
  'interview',
  'other',
] as const satisfies readonly PattoActionType[];
export const PATTO_PROVIDERS = ['cpi', 'agency'] as const;
export type PattoProvider = (typeof PATTO_PROVIDERS)[number];
export const OWN_ACTIVITY_KINDS = ['application', 'interview', 'course', 'other'] as const satisfies readonly OwnActivityKind[];
const PATTO_STATUSES = ['draft', 'proposed', 'signed', 'amended', 'closed'] as const;
const PARTIES = ['citizen', 'operator', 'agency'] as const;
const SIGNATURE_METHODS = ['otp_remote', 'session', 'in_person_scan'] as const;
const OTP_CHANNELS = ['sms', 'email'] as const;
const PLAN_STATUSES = ['todo', 'done', 'not_done'] as const;
const EMPLOYMENT_STATUSES = ['at_risk', 'not_unemployed'] as const;
const PROFILING_FACTORS = [
  'age_under_25',
  'age_50_plus',
  'female',
  'non_eu_citizen',
  'eqf_up_to_2',
  'eqf_6_plus',
  'unemployed_6_12_months',
  'unemployed_over_12_months',
  'benefit_recipient',
  'no_work_experience',
  'no_driving_licence',
] as const;

export const oneOf =
  <T extends string | number>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

export const isPathway = oneOf<GolPathway>(GOL_PATHWAYS);
export const isSkillsGap = oneOf<SkillsGap>(SKILLS_GAPS);
export const isActionType = oneOf<PattoActionType>(PATTO_ACTION_TYPES);
export const isProvider = oneOf<PattoProvider>(PATTO_PROVIDERS);
const isChannel = oneOf<ContactChannel>(CONTACT_CHANNELS);
const isOwnKind = oneOf<OwnActivityKind>(OWN_ACTIVITY_KINDS);
const isPattoStatus = oneOf(PATTO_STATUSES);
const isParty = oneOf(PARTIES);
const isSignatureMethod = oneOf(SIGNATURE_METHODS);
const isOtpChannel = oneOf(OTP_CHANNELS);
const isPlanStatus = oneOf(PLAN_STATUSES);
const isEmploymentStatus = oneOf(EMPLOYMENT_STATUSES);
const isFactor = oneOf(PROFILING_FACTORS);

/** Labels of the presa in carico's codes; a code this build does not know is shown as sent. */
export function usePattoLabels() {
  const { t } = useTranslation('operator');
  const codes = useCodeLabels();
  return {
    yesNo: (value: boolean) => (value ? t('labels.yes') : t('labels.no')),
    benefit: codes.benefit,
    channel: (c: string) => (isChannel(c) ? t(`labels.channel.${c}`) : c),
    /** "2 – Aggiornamento (upskilling)" */
    pathway: (p: number) => (isPathway(p) ? t(`labels.pathway.${p}`) : String(p)),
    pattoStatus: (s: string) => (isPattoStatus(s) ? t(`labels.pattoStatus.${s}`) : s),
    party: (p: string) => (isParty(p) ? t(`labels.party.${p}`) : p),
    signatureMethod: (m: string) => (isSignatureMethod(m) ? t(`labels.signatureMethod.${m}`) : m),
    otpChannel: (c: string) => (isOtpChannel(c) ? t(`labels.otpChannel.${c}`) : c),
    actionType: (a: string) => (isActionType(a) ? t(`labels.actionType.${a}`) : a),
    provider: (p: string) => (isProvider(p) ? t(`labels.provider.${p}`) : p),
    /** an activity of the plan: the person's own kinds, or the type of a patto action */
    activityKind: (k: string) => (isOwnKind(k) ? codes.activityKind(k) : isActionType(k) ? t(`labels.actionType.${k}`) : k),
    planStatus: (s: string) => (isPlanStatus(s) ? t(`labels.planStatus.${s}`) : s),
    role: (r: string) => (isParty(r) ? t(`labels.role.${r}`) : r),
    /** "Disoccupato/a dal 3 marzo 2025", "A rischio di disoccupazione", … */
    employmentStatus: (status: string, since: string | undefined) =>
      status === 'unemployed'
        ? since
          ? t('person.did.statuses.unemployed', { since })
          : t('person.did.statuses.unemployedNoDate')
        : isEmploymentStatus(status)
          ? t(`person.did.statuses.${status}`)
          : status,
    /** a factor code this build does not know is shown as sent */
    factor: (code: string) => (isFactor(code) ? t(`profiling.factors.${code}`) : code),
  };
}
