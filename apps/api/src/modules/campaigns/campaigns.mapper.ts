import type { CampaignResponse } from '@opencpi/contracts';
import { messageLanguages } from './domain/message-languages';
import type { CampaignEntity } from './entities/campaign.entity';

export function toCampaignResponse(c: CampaignEntity, officeName: string): CampaignResponse {
  return {
    id: c.id,
    name: c.name,
    officeId: c.officeId,
    officeName,
    segment: c.segment,
    channel: c.channel,
    kind: c.kind,
    ...(c.serviceType ? { serviceType: c.serviceType } : {}),
    ...(c.withinDays !== null ? { withinDays: c.withinDays } : {}),
    startDate: c.startDate,
    endDate: c.endDate,
    sendFrom: c.sendFrom,
    sendUntil: c.sendUntil,
    dailyCap: c.dailyCap,
    status: c.status,
    variants: c.variants.map((v) => ({ ...v, languages: messageLanguages(v) })),
    previewSize: c.previewSize,
    ...(c.launchSize !== null ? { launchSize: c.launchSize } : {}),
    ...(c.launchedAt ? { launchedAt: new Date(c.launchedAt).toISOString() } : {}),
    createdAt: new Date(c.createdAt).toISOString(),
    abTest: c.variants.length > 1,
  };
}
