import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, SatisfactionCommentListResponse, SatisfactionCommentsQuery, SatisfactionResultsQuery, SatisfactionResultsResponse } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { SurveyResultsService } from './results/survey-results.service';

/** Satisfaction results for managers (a CPI manager: their offices; a region admin: the region). Operators: none. */
@ApiTags('surveys')
@Controller('operator/surveys')
export class OperatorSurveysController {
  constructor(private readonly results: SurveyResultsService) {}

  @Get('results')
  @Allow([Role.CpiManager, Role.RegionAdmin])
  @ApiOperation({ summary: 'Answers and mean rating by office, service, channel or month over a period (from the daily aggregates)' })
  @ApiOkResponse({ type: SatisfactionResultsResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, SURVEY_PERIOD_INVALID' })
  @ApiForbiddenResponse({ description: 'OFFICE_NOT_SERVED' })
  get(@Ctx() ctx: RequestContext, @Query() q: SatisfactionResultsQuery): Promise<SatisfactionResultsResponse> {
    return this.results.results(ctx, q);
  }

  @Get('comments')
  @Allow([Role.CpiManager, Role.RegionAdmin])
  @ApiOperation({ summary: "The period's comments without the person's identity (withdrawn ones are gone; audited)" })
  @ApiOkResponse({ type: SatisfactionCommentListResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, SURVEY_PERIOD_INVALID' })
  @ApiForbiddenResponse({ description: 'OFFICE_NOT_SERVED' })
  comments(@Ctx() ctx: RequestContext, @Query() q: SatisfactionCommentsQuery): Promise<SatisfactionCommentListResponse> {
    return this.results.comments(ctx, q);
  }
}
