import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { MatchingModule } from '../matching/matching.module';
import { PattoModule } from '../patto/patto.module';
import { RegistryModule } from '../registry/registry.module';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { FunnelService } from './funnel/funnel.service';
import { OperatorCampaignsController } from './operator-campaigns.controller';
import { SegmentsService } from './segments/segments.service';
import { CampaignSenderService } from './sending/campaign-sender.service';

/** Outreach campaigns (issue 16): segments, bulk sending within a window and a cap, and the funnel of results. */
@Module({
  imports: [RegistryModule, AgendaModule, PattoModule, MatchingModule],
  controllers: [OperatorCampaignsController],
  providers: [CampaignsRepository, SegmentsService, CampaignsService, CampaignSenderService, FunnelService],
})
export class CampaignsModule {}
