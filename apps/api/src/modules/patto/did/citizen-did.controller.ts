import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChannelProfileResponse, ChooseChannelBody, DidOverviewResponse, FileDidBody, RevokeDidBody, Role, SubmitSkillsAssessmentBody } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { DidService } from './did.service';

/** The person's DID and channel. Filing the DID needs SPID/CIE level 2 (an act with legal effects). */
@ApiTags('patto')
@Controller('citizen/patto')
export class CitizenDidController {
  constructor(private readonly did: DidService) {}

  @Get('did')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My DID, its history, the derived employment status and my registry data (audited)' })
  @ApiOkResponse({ type: DidOverviewResponse })
  overview(@Ctx() ctx: RequestContext): Promise<DidOverviewResponse> {
    return this.did.overview(ctx);
  }

  @Post('did')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'File the declaration of immediate availability (one active per person: 409 DID_ALREADY_ACTIVE)' })
  @ApiCreatedResponse({ type: DidOverviewResponse })
  file(@Ctx() ctx: RequestContext, @Body() body: FileDidBody): Promise<DidOverviewResponse> {
    return this.did.file(ctx, body);
  }

  @Post('did/revoke')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Revoke my DID (kept in the history)' })
  @ApiOkResponse({ type: DidOverviewResponse })
  revoke(@Ctx() ctx: RequestContext, @Body() body: RevokeDidBody): Promise<DidOverviewResponse> {
    return this.did.revoke(ctx, body.reason);
  }

  @Get('channel')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'The advice of my self-assessment and my own channel choice' })
  @ApiOkResponse({ type: ChannelProfileResponse })
  channel(@Ctx() ctx: RequestContext): Promise<ChannelProfileResponse> {
    return this.did.channel(ctx);
  }

  @Post('channel/assessment')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Submit the digital-skills self-assessment; answers with the advised channel' })
  @ApiOkResponse({ type: ChannelProfileResponse })
  assess(@Ctx() ctx: RequestContext, @Body() body: SubmitSkillsAssessmentBody): Promise<ChannelProfileResponse> {
    return this.did.assess(ctx, body.answers);
  }

  @Put('channel/choice')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'My channel choice and needs (help, language, accessibility): always wins over the advice' })
  @ApiOkResponse({ type: ChannelProfileResponse })
  choose(@Ctx() ctx: RequestContext, @Body() body: ChooseChannelBody): Promise<ChannelProfileResponse> {
    return this.did.choose(ctx, body);
  }
}
