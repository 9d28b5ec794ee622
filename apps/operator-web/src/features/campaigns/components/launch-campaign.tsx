import type { CampaignResponse, SegmentPreviewBody } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { ConfirmPanel, StatusMessage } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLaunchCampaign } from '../api/use-campaign-mutations';
import { useSegmentPreview } from '../api/use-segment-preview';

/** "Invia la campagna" of a draft, only after a confirmation that says how many people, when and how many a day. */
export function LaunchCampaign({ campaign }: { campaign: CampaignResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const launch = useLaunchCampaign(campaign.id);
  const [asking, setAsking] = useState(false);
  const body: SegmentPreviewBody = { officeId: campaign.officeId, segment: campaign.segment };
  const preview = useSegmentPreview(asking ? body : null); // the size now, as the launch will compute it
  const count = preview.data?.size ?? campaign.previewSize;
  if (launch.isSuccess) return <StatusMessage>{<p className="mb-0">{t('campaigns.launch.done', { count: launch.data.launchSize ?? count })}</p>}</StatusMessage>;
  if (!asking)
    return (
      <button type="button" className="btn btn-primary" onClick={() => setAsking(true)}>
        {t('campaigns.launch.button')}
      </button>
    );
  return (
    <ConfirmPanel
      tone="primary"
      question={t('campaigns.launch.question', { name: campaign.name, count })}
      confirmLabel={t('campaigns.launch.confirm')}
      busyLabel={t('campaigns.launch.sending')}
      cancelLabel={t('campaigns.launch.cancel')}
      busy={launch.isPending}
      error={launch.error ?? undefined}
      onConfirm={() => launch.mutate()}
      onCancel={() => setAsking(false)}
    >
      <p>
        {t('campaigns.launch.text', {
          from: f.date(campaign.startDate),
          until: f.date(campaign.endDate),
          start: campaign.sendFrom,
          end: campaign.sendUntil,
          cap: campaign.dailyCap,
        })}
      </p>
    </ConfirmPanel>
  );
}
