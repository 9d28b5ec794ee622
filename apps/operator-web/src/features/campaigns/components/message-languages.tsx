import type { CampaignResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useCampaignLabels } from './use-campaign-labels';

/**
 * The languages a campaign's message is written in (each variant's, with A/B), for the campaign page: Italian and
 * English always, Arabic, Romanian, Ukrainian when written; everyone else reads English.
 */
export function MessageLanguages({ campaign }: { campaign: Pick<CampaignResponse, 'variants'> }) {
  const { t } = useTranslation('operator');
  const labels = useCampaignLabels();
  const [only] = campaign.variants;
  return (
    <div className="mb-3 campaign-languages">
      <h3 className="h6 mb-1">{t('campaigns.detail.languages')}</h3>
      {campaign.variants.length === 1 && only ? (
        <p className="mb-1">{labels.languages(only.languages)}</p>
      ) : (
        <ul className="mb-1">
          {campaign.variants.map((v) => (
            <li key={v.variant}>{t('campaigns.detail.languagesVariant', { variant: v.variant, languages: labels.languages(v.languages) })}</li>
          ))}
        </ul>
      )}
      <p className="small mb-0">{t('campaigns.detail.languagesFallback')}</p>
    </div>
  );
}
