import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useOperatorServiceTypes } from '../../features/agenda/api/use-operator-service-types';
import { useCampaigns } from '../../features/campaigns/api/use-campaigns';
import { campaignsPaths } from '../../features/campaigns/campaigns-paths';
import { CampaignForm } from '../../features/campaigns/components/campaign-form';
import { CampaignsTable } from '../../features/campaigns/components/campaigns-table';
import { useStaffProfile } from '../../features/staff/api/use-staff-profile';

/** /campagne: the manager's outreach campaigns, and a new one (a draft: sending is confirmed on its page). */
export function CampaignsRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('campaigns.title'));
  const navigate = useNavigate();
  const me = useStaffProfile();
  const services = useOperatorServiceTypes();
  const campaigns = useCampaigns();
  return (
    <>
      <h1>{t('campaigns.title')}</h1>
      <p className="lead">{t('campaigns.intro')}</p>
      <section className="section-block" aria-labelledby="campaigns-new">
        <h2 id="campaigns-new">{t('campaigns.newTitle')}</h2>
        {me.isPending || services.isPending ? (
          <Loading />
        ) : me.isError || services.isError ? (
          <ProblemAlert error={me.error ?? services.error} />
        ) : (
          <CampaignForm offices={me.data.offices} services={services.data.items} onCreated={(c) => void navigate(campaignsPaths.campaign(c.id))} />
        )}
      </section>
      <section className="section-block" aria-labelledby="campaigns-list">
        <h2 id="campaigns-list">{t('campaigns.list.caption')}</h2>
        {campaigns.isPending ? (
          <Loading />
        ) : campaigns.isError ? (
          <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : (
          <CampaignsTable campaigns={campaigns.data.items} />
        )}
      </section>
    </>
  );
}
