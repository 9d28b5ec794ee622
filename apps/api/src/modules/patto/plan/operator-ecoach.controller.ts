import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenIdParam, EcoachPersonResponse, EcoachResponse, NudgeBody, OFFICE_ROLES } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { EcoachService } from './ecoach.service';

/** E-coach: the people with a signed patto in my offices, their activity and alerts. */
@ApiTags('patto')
@Controller('operator/ecoach')
export class OperatorEcoachController {
  constructor(private readonly ecoach: EcoachService) {}

  @Get()
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'People followed by my offices with activity figures and open alerts (each row audited)' })
  @ApiOkResponse({ type: EcoachResponse })
  list(@Ctx() ctx: RequestContext): Promise<EcoachResponse> {
    return this.ecoach.ecoach(ctx);
  }

  @Get(':citizenId')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "One person's activity stream, with proofs (audited)" })
  @ApiOkResponse({ type: EcoachPersonResponse })
  person(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<EcoachPersonResponse> {
    return this.ecoach.ecoachPerson(ctx, p.citizenId);
  }

  @Post(':citizenId/nudge')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Send the person a gentle reminder through their channels' })
  @ApiOkResponse({ type: EcoachPersonResponse })
  nudge(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: NudgeBody): Promise<EcoachPersonResponse> {
    return this.ecoach.nudge(ctx, p.citizenId, body.message);
  }
}
