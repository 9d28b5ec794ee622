import { campaignKeys, getCampaignFunnel } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/campaigns/:campaignId/funnel (only once launched: a draft has no results) */
export function useCampaignFunnel(campaignId: string, enabled: boolean) {
  return useQuery({ queryKey: campaignKeys.funnel(campaignId), queryFn: ({ signal }) => getCampaignFunnel(campaignId, signal), enabled });
}
