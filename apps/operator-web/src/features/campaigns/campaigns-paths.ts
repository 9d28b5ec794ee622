/** Paths of the managers' outreach campaigns. */
export const campaignsPaths = {
  list: '/campagne',
  campaign: (campaignId: string) => `/campagne/${encodeURIComponent(campaignId)}`,
} as const;
