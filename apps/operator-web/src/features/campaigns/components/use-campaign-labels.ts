import type { SegmentBody } from '@opencpi/contracts';
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS, CAMPAIGN_STATUSES, SEGMENT_KINDS, SUPPORTED_LOCALES } from '@opencpi/contracts/browser';
import { useTranslation } from 'react-i18next';

const known = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** The names of a campaign's codes (segment kind, status, channel, kind, languages) in the screen's language; an unknown code as is. */
export function useCampaignLabels() {
  const { t } = useTranslation('operator');
  return {
    segment: (k: string) => (known(SEGMENT_KINDS, k) ? t(`campaigns.segmentKinds.${k}`) : k),
    /** the segment with its parameters, e.g. "DID presentata da almeno 30 giorni, senza patto" (minimum score 50 when not given) */
    segmentWithParams: (s: SegmentBody) => (known(SEGMENT_KINDS, s.kind) ? t(`campaigns.segmentParams.${s.kind}`, { minScore: 50, ...s }) : s.kind),
    status: (s: string) => (known(CAMPAIGN_STATUSES, s) ? t(`campaigns.statuses.${s}`) : s),
    channel: (c: string) => (known(CAMPAIGN_CHANNELS, c) ? t(`campaigns.channels.${c}`) : c),
    kind: (k: string) => (known(CAMPAIGN_KINDS, k) ? t(`campaigns.kinds.${k}`) : k),
    /** the languages of a message, e.g. "italiano, inglese, ucraino" */
    languages: (list: readonly string[]) => list.map((l) => (known(SUPPORTED_LOCALES, l) ? t(`campaigns.languages.${l}`) : l)).join(', '),
  };
}
