import type { CampaignResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { campaignsPaths } from '../campaigns-paths';
import { useCampaignLabels } from './use-campaign-labels';

/** The campaigns of the manager's offices, newest first, each a link to its details and funnel. */
export function CampaignsTable({ campaigns }: { campaigns: readonly CampaignResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useCampaignLabels();
  if (campaigns.length === 0) return <p>{t('campaigns.list.empty')}</p>;
  return (
    <DataTable caption={t('campaigns.list.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('campaigns.list.columns.name')}</th>
          <th scope="col">{t('campaigns.list.columns.office')}</th>
          <th scope="col">{t('campaigns.list.columns.segment')}</th>
          <th scope="col">{t('campaigns.list.columns.status')}</th>
          <th scope="col">{t('campaigns.list.columns.people')}</th>
          <th scope="col">{t('campaigns.list.columns.created')}</th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link to={campaignsPaths.campaign(c.id)}>{c.name}</Link>
            </th>
            <td>{c.officeName}</td>
            <td>{labels.segmentWithParams(c.segment)}</td>
            <td>{labels.status(c.status)}</td>
            <td>{c.launchSize ?? c.previewSize}</td>
            <td className="text-nowrap">
              <time dateTime={c.createdAt}>{f.dateTime(c.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
