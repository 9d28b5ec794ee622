import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useCampaign } from '../../features/campaigns/api/use-campaign';
import { useCampaignFunnel } from '../../features/campaigns/api/use-campaign-funnel';
import { campaignsPaths } from '../../features/campaigns/campaigns-paths';
import { CampaignFunnel } from '../../features/campaigns/components/campaign-funnel';
import { LaunchCampaign } from '../../features/campaigns/components/launch-campaign';
import { MessageLanguages } from '../../features/campaigns/components/message-languages';
import { useCampaignLabels } from '../../features/campaigns/components/use-campaign-labels';

/** /campagne/:campaignId: a campaign's summary; a draft is sent from here after a confirmation; once sent, its funnel. */
export function CampaignRoute() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCampaignLabels();
  const campaign = useCampaign(campaignId);
  const launched = campaign.data !== undefined && campaign.data.status !== 'draft';
  const funnel = useCampaignFunnel(campaignId, launched);
  useDocumentTitle(campaign.data?.name ?? t('campaigns.title'));
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ProblemAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const rows: [string, string | number][] = [
    [t('campaigns.detail.status'), labels.status(c.status)],
    [t('campaigns.detail.segment'), labels.segmentWithParams(c.segment)],
    [t('campaigns.detail.channel'), labels.channel(c.channel)],
    [t('campaigns.detail.kind'), labels.kind(c.kind)],
    [t('campaigns.detail.window'), t('campaigns.detail.windowValue', { from: f.date(c.startDate), until: f.date(c.endDate), start: c.sendFrom, end: c.sendUntil })],
    [t('campaigns.detail.cap'), c.dailyCap],
    [t('campaigns.detail.previewSize'), c.previewSize],
    ...(c.launchSize !== undefined ? [[t('campaigns.detail.launchSize'), c.launchSize] as [string, number]] : []),
  ];
  return (
    <>
      <p>
        <Link to={campaignsPaths.list}>{t('campaigns.back')}</Link>
      </p>
      <h1>{c.name}</h1>
      <p className="lead">{c.officeName}</p>
      <h2>{t('campaigns.detail.summary')}</h2>
      <dl className="row">
        {rows.map(([k, v]) => (
          <div key={k} className="col-sm-6 col-lg-4 mb-2">
            <dt>{k}</dt>
            <dd className="mb-0">{v}</dd>
          </div>
        ))}
      </dl>
      <MessageLanguages campaign={c} />
      {c.status !== 'draft' && c.launchedAt && (
        // read from the campaign itself, so it stays after the page reloads the campaign (not only in the launch's answer)
        <StatusMessage tone="success">
          <p className="mb-0">{t('campaigns.detail.launched', { date: f.dateTime(c.launchedAt), count: c.launchSize ?? 0 })}</p>
        </StatusMessage>
      )}
      {c.status === 'draft' ? (
        <LaunchCampaign campaign={c} />
      ) : funnel.isPending ? (
        <Loading />
      ) : funnel.isError ? (
        <ProblemAlert error={funnel.error} onRetry={() => void funnel.refetch()} />
      ) : (
        <CampaignFunnel funnel={funnel.data} />
      )}
    </>
  );
}
