import { CampaignRecipientEntity } from './entities/campaign-recipient.entity';
import { CampaignEntity } from './entities/campaign.entity';

/** The campaigns module's entities (schema `campaigns`); apps/api/src/database/entities.ts concatenates the lists. */
export const CAMPAIGNS_ENTITIES = [CampaignEntity, CampaignRecipientEntity];
