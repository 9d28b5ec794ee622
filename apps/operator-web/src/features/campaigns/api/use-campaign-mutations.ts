import { campaignKeys, createCampaign, launchCampaign } from '@opencpi/api-client';
import type { CreateCampaignBody } from '@opencpi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

/** POST /api/operator/campaigns: a draft */
export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: CreateCampaignBody) => createCampaign(body), onSuccess: () => void queryClient.invalidateQueries({ queryKey: campaignKeys.all() }) });
}
/** POST /api/operator/campaigns/:campaignId/launch: the confirmed bulk send */
export function useLaunchCampaign(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => launchCampaign(campaignId), onSuccess: () => void queryClient.invalidateQueries({ queryKey: campaignKeys.all() }) });
}
