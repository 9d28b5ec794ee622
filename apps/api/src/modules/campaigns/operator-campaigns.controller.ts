import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  CampaignFunnelResponse,
  CampaignIdParam,
  CampaignListResponse,
  CampaignResponse,
  CreateCampaignBody,
  Role,
  SegmentPreviewBody,
  SegmentPreviewResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CampaignsService } from './campaigns.service';
import { FunnelService } from './funnel/funnel.service';

const MANAGERS = [Role.CpiManager, Role.RegionAdmin];

/** Outreach campaigns of the manager's offices (cpi_manager: their own; region_admin: the region's). */
@ApiTags('campaigns')
@Controller('operator/campaigns')
export class OperatorCampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly funnels: FunnelService,
  ) {}

  @Post('segment-preview')
  @HttpCode(200)
  @Allow(MANAGERS)
  @ApiOperation({ summary: "How many people a segment holds today in one of the manager's offices (people who opted out left out)" })
  @ApiOkResponse({ type: SegmentPreviewResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'OFFICE_NOT_SERVED' })
  preview(@Ctx() ctx: RequestContext, @Body() body: SegmentPreviewBody): Promise<SegmentPreviewResponse> {
    return this.campaigns.preview(ctx, body);
  }

  @Get()
  @Allow(MANAGERS)
  @ApiOperation({ summary: "The campaigns of the manager's offices, newest first" })
  @ApiOkResponse({ type: CampaignListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<CampaignListResponse> {
    return { items: await this.campaigns.list(ctx) };
  }

  @Post()
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'A draft campaign with its segment size now; nothing is sent until it is launched (audited)' })
  @ApiCreatedResponse({ type: CampaignResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, CAMPAIGN_WINDOW_INVALID, SERVICE_TYPE_UNKNOWN' })
  @ApiForbiddenResponse({ description: 'OFFICE_NOT_SERVED' })
  create(@Ctx() ctx: RequestContext, @Body() body: CreateCampaignBody): Promise<CampaignResponse> {
    return this.campaigns.create(ctx, body);
  }

  @Get(':campaignId')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'One campaign' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiNotFoundResponse({ description: 'CAMPAIGN_NOT_FOUND (also of another office)' })
  one(@Ctx() ctx: RequestContext, @Param() p: CampaignIdParam): Promise<CampaignResponse> {
    return this.campaigns.one(ctx, p.campaignId);
  }

  @Post(':campaignId/launch')
  @HttpCode(200)
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'The confirmed bulk send: freezes the recipients now (segment minus opted-out) and starts sending within the window and cap (audited)' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiNotFoundResponse({ description: 'CAMPAIGN_NOT_FOUND (also of another office)' })
  @ApiConflictResponse({ description: 'CAMPAIGN_NOT_DRAFT' })
  @ApiUnprocessableEntityResponse({ description: 'CAMPAIGN_SEGMENT_EMPTY' })
  launch(@Ctx() ctx: RequestContext, @Param() p: CampaignIdParam): Promise<CampaignResponse> {
    return this.campaigns.launch(ctx, p.campaignId);
  }

  @Get(':campaignId/funnel')
  @Allow(MANAGERS)
  @ApiOperation({ summary: 'Results per variant and in total: sent → delivered → opened link → booked → attended (counts of people)' })
  @ApiOkResponse({ type: CampaignFunnelResponse })
  @ApiNotFoundResponse({ description: 'CAMPAIGN_NOT_FOUND (also of another office)' })
  funnel(@Ctx() ctx: RequestContext, @Param() p: CampaignIdParam): Promise<CampaignFunnelResponse> {
    return this.funnels.funnel(ctx, p.campaignId);
  }
}
