import { campaignKeys, getCampaigns } from '@opencpi/api-client';
import { useQuery } from '@tanstack/react-query';

/** GET /api/operator/campaigns: the campaigns of the manager's offices. */
export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.list(), queryFn: ({ signal }) => getCampaigns(signal) });
}
