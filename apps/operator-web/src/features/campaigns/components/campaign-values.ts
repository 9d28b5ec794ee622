import { CAMPAIGN_OPTIONAL_LANGUAGES, type CampaignOptionalLanguage } from '@opencpi/contracts/browser';
import type { CampaignChannel, CampaignKind, CreateCampaignBody, SegmentBody, SegmentKind, SegmentPreviewBody } from '@opencpi/contracts';
import { addDays, todayInRome } from '@opencpi/i18n';

/** The optional languages of a message (subject and body together), as the suffix of their fields: Ar, Ro, Uk. */
export const OPTIONAL_LANGUAGES = CAMPAIGN_OPTIONAL_LANGUAGES;
export const suffixOf = (l: CampaignOptionalLanguage) => (l === 'ar' ? 'Ar' : l === 'ro' ? 'Ro' : 'Uk');
type OptionalFields = Record<`${'subject' | 'body'}${'Ar' | 'Ro' | 'Uk'}${'A' | 'B'}`, string>;
const noOptionalText = Object.fromEntries(
  ['subject', 'body'].flatMap((part) => ['Ar', 'Ro', 'Uk'].flatMap((l) => ['A', 'B'].map((x) => [`${part}${l}${x}`, '']))),
) as OptionalFields;

/** The campaign form's values (flat: one field each); `toBody` makes CreateCampaignBody of them. */
export interface CampaignValues extends OptionalFields {
  name: string;
  officeId: string;
  segmentKind: SegmentKind;
  olderThanDays: string;
  publishedWithinDays: string;
  minScore: string;
  sentWithinDays: string;
  channel: CampaignChannel;
  kind: CampaignKind;
  serviceType: string;
  withinDays: string;
  startDate: string;
  endDate: string;
  sendFrom: string;
  sendUntil: string;
  dailyCap: string;
  subjectItA: string;
  subjectEnA: string;
  bodyItA: string;
  bodyEnA: string;
  abTest: boolean;
  subjectItB: string;
  subjectEnB: string;
  bodyItB: string;
  bodyEnB: string;
}

export const campaignDefaults = (officeId: string, serviceType: string): CampaignValues => ({
  name: '',
  officeId,
  segmentKind: 'did_without_patto',
  olderThanDays: '30',
  publishedWithinDays: '14',
  minScore: '50',
  sentWithinDays: '30',
  channel: 'email',
  kind: 'invitation',
  serviceType,
  withinDays: '10',
  startDate: todayInRome(),
  endDate: addDays(todayInRome(), 7),
  sendFrom: '09:00',
  sendUntil: '18:00',
  dailyCap: '50',
  subjectItA: '',
  subjectEnA: '',
  bodyItA: '',
  bodyEnA: '',
  abTest: false,
  subjectItB: '',
  subjectEnB: '',
  bodyItB: '',
  bodyEnB: '',
  ...noOptionalText,
});

const int = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The segment of the values: only the parameters of its kind. */
export function segmentOf(v: Pick<CampaignValues, 'segmentKind' | 'olderThanDays' | 'publishedWithinDays' | 'minScore' | 'sentWithinDays'>): SegmentBody {
  switch (v.segmentKind) {
    case 'did_without_patto':
      return { kind: v.segmentKind, olderThanDays: int(v.olderThanDays) };
    case 'fit_new_vacancies':
      return { kind: v.segmentKind, publishedWithinDays: int(v.publishedWithinDays), minScore: int(v.minScore) };
    case 'unanswered_invitation':
      return { kind: v.segmentKind, sentWithinDays: int(v.sentWithinDays) };
  }
}

/** The preview's body, or null while a parameter is not a whole number in range (no request then). */
export function previewOf(v: CampaignValues): SegmentPreviewBody | null {
  const segment = segmentOf(v);
  const params = Object.entries(segment).filter(([k]) => k !== 'kind') as [string, number][];
  if (!v.officeId || params.some(([, n]) => !Number.isInteger(n) || n < 0 || n > 3650)) return null;
  return { officeId: v.officeId, segment };
}

/** A variant's optional languages: only what was written (a subject without its body is left for the check to name). */
function optionalOf(v: CampaignValues, x: 'A' | 'B'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of OPTIONAL_LANGUAGES)
    for (const part of ['subject', 'body'] as const) {
      const text = v[`${part}${suffixOf(l)}${x}`].trim();
      if (text) out[`${part}${suffixOf(l)}`] = text;
    }
  return out;
}

export function toBody(v: CampaignValues): CreateCampaignBody {
  const variant = (x: 'A' | 'B') => ({
    subjectIt: v[`subjectIt${x}`].trim(),
    subjectEn: v[`subjectEn${x}`].trim(),
    bodyIt: v[`bodyIt${x}`].trim(),
    bodyEn: v[`bodyEn${x}`].trim(),
    ...optionalOf(v, x),
  });
  return {
    name: v.name.trim(),
    officeId: v.officeId,
    segment: segmentOf(v),
    channel: v.channel,
    kind: v.kind,
    ...(v.kind === 'invitation' ? { serviceType: v.serviceType, withinDays: int(v.withinDays) } : {}),
    startDate: v.startDate,
    endDate: v.endDate,
    sendFrom: v.sendFrom,
    sendUntil: v.sendUntil,
    dailyCap: int(v.dailyCap),
    variants: v.abTest ? [variant('A'), variant('B')] : [variant('A')],
  };
}

/** A body path (`segment.olderThanDays`, `variants.1.bodyIt`) → the field that shows its error. */
export function fieldOf(path: string): string {
  const [head, a, b] = path.split('.');
  if (head === 'segment') return a === 'kind' ? 'segmentKind' : (a ?? head);
  if (head === 'variants') return b ? `${b}${a === '1' ? 'B' : 'A'}` : 'subjectItA';
  return head ?? path;
}
