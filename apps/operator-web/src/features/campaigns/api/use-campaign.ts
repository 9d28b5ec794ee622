import { campaignKeys, getCampaign } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/campaigns/:campaignId */
export function useCampaign(campaignId: string) {
  return useQuery({ queryKey: campaignKeys.one(campaignId), queryFn: ({ signal }) => getCampaign(campaignId, signal) });
}
