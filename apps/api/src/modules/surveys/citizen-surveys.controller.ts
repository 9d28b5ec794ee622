import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CitizenSurveyListResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { SurveyAnswersService } from './answers/survey-answers.service';

/** "Valuta il servizio": the person's surveys, open ones first in the SPA, each with its link. */
@ApiTags('surveys')
@Controller('citizen/surveys')
export class CitizenSurveysController {
  constructor(private readonly answers: SurveyAnswersService) {}

  @Get()
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'My surveys (open, answered, expired) with their signed links (audited)' })
  @ApiOkResponse({ type: CitizenSurveyListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<CitizenSurveyListResponse> {
    return { items: await this.answers.mine(ctx) };
  }
}
