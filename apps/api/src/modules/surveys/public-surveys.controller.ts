import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AnswerSurveyBody, PublicSurveyResponse, SurveyTokenParam } from '@opencpi/contracts';
import { Public } from '../../platform/auth/policy.decorator';
import { requestOriginOf } from '../../platform/auth/request-context';
import { StrictRateLimit } from '../../platform/rate-limit/rate-limit.decorator';
import { SurveyAnswersService } from './answers/survey-answers.service';

/**
 * The survey link, without login: the signed token in the path is the credential (single purpose, one survey); no
 * cookie is involved, so there is no CSRF to defend against. Rate limited per address (the `link` budget).
 */
@ApiTags('surveys')
@Controller('public/surveys')
@StrictRateLimit('link')
export class PublicSurveysController {
  constructor(private readonly answers: SurveyAnswersService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'The survey behind a link: the service, the office, the questions (in every language), the answer if given; nothing that names the person' })
  @ApiOkResponse({ type: PublicSurveyResponse })
  @ApiNotFoundResponse({ description: 'SURVEY_NOT_FOUND (a forged or unknown link; nothing else is said)' })
  view(@Param() p: SurveyTokenParam): Promise<PublicSurveyResponse> {
    return this.answers.publicView(p.token);
  }

  @Post(':token/answer')
  @Public({ csrf: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Answer the survey, once: a 1–5 rating, optional answers to its questions, an optional comment (audited)' })
  @ApiOkResponse({ type: PublicSurveyResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, SURVEY_QUESTION_UNKNOWN' })
  @ApiNotFoundResponse({ description: 'SURVEY_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SURVEY_ALREADY_ANSWERED (the first answer is kept)' })
  @ApiGoneResponse({ description: 'SURVEY_EXPIRED' })
  answer(@Param() p: SurveyTokenParam, @Body() body: AnswerSurveyBody, @Req() req: Request): Promise<PublicSurveyResponse> {
    return this.answers.answer(p.token, body, requestOriginOf(req));
  }

  @Post(':token/comment-withdrawal')
  @Public({ csrf: false })
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my comment: it is erased, the rating stays (idempotent; audited)' })
  @ApiOkResponse({ type: PublicSurveyResponse })
  @ApiNotFoundResponse({ description: 'SURVEY_NOT_FOUND' })
  withdrawComment(@Param() p: SurveyTokenParam, @Req() req: Request): Promise<PublicSurveyResponse> {
    return this.answers.withdrawComment(p.token, requestOriginOf(req));
  }
}
