import type { CampaignFunnelResponse, CampaignListResponse, CampaignResponse, CreateCampaignBody, SegmentPreviewBody, SegmentPreviewResponse } from '@opencpi/contracts';
import { apiClient, call } from '../http-client';

/* Outreach campaigns of the manager's offices (issue 16): segment preview, drafts, the confirmed launch, the funnel. */

export const campaignKeys = {
  all: () => ['operator', 'campaigns'] as const,
  list: () => ['operator', 'campaigns', 'list'] as const,
  one: (campaignId: string) => ['operator', 'campaigns', campaignId] as const,
  funnel: (campaignId: string) => ['operator', 'campaigns', campaignId, 'funnel'] as const,
  preview: (body: SegmentPreviewBody) => ['operator', 'campaigns', 'preview', body] as const,
} as const;

/** POST /api/operator/campaigns/segment-preview: how many people the segment holds today */
export function previewSegment(body: SegmentPreviewBody, signal?: AbortSignal): Promise<SegmentPreviewResponse> {
  return call(() => apiClient().POST('/api/operator/campaigns/segment-preview', { body, signal }));
}
/** GET /api/operator/campaigns */
export function getCampaigns(signal?: AbortSignal): Promise<CampaignListResponse> {
  return call(() => apiClient().GET('/api/operator/campaigns', { signal }));
}
/** GET /api/operator/campaigns/:campaignId */
export function getCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignResponse> {
  return call(() => apiClient().GET('/api/operator/campaigns/{campaignId}', { params: { path: { campaignId } }, signal }));
}
/** POST /api/operator/campaigns: a draft (nothing sent) */
export function createCampaign(body: CreateCampaignBody): Promise<CampaignResponse> {
  return call(() => apiClient().POST('/api/operator/campaigns', { body }));
}
/** POST /api/operator/campaigns/:campaignId/launch: the confirmed bulk send (409 CAMPAIGN_NOT_DRAFT, 422 CAMPAIGN_SEGMENT_EMPTY) */
export function launchCampaign(campaignId: string): Promise<CampaignResponse> {
  return call(() => apiClient().POST('/api/operator/campaigns/{campaignId}/launch', { params: { path: { campaignId } } }));
}
/** GET /api/operator/campaigns/:campaignId/funnel */
export function getCampaignFunnel(campaignId: string, signal?: AbortSignal): Promise<CampaignFunnelResponse> {
  return call(() => apiClient().GET('/api/operator/campaigns/{campaignId}/funnel', { params: { path: { campaignId } }, signal }));
}
