import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ConditionalityCaseIdParam, ConditionalityCaseListResponse, ConditionalityCaseResponse, ObligationsResponse, Role, SubmitJustificationBody } from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { CitizenCasesService } from './cases/citizen-cases.service';
import { LetterService } from './measures/letter.service';

@ApiTags('condizionalita')
@Controller('citizen/condizionalita')
export class CitizenCondizionalitaController {
  constructor(
    private readonly cases: CitizenCasesService,
    private readonly letters: LetterService,
  ) {}

  @Get('obligations')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'My benefits (from INPS) and the obligations they bring, with their ladders and sources' })
  @ApiOkResponse({ type: ObligationsResponse })
  obligations(@Ctx() ctx: RequestContext): Promise<ObligationsResponse> {
    return this.cases.obligations(ctx);
  }

  @Get('cases')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'My conditionality cases, newest first, with the last day to justify' })
  @ApiOkResponse({ type: ConditionalityCaseListResponse })
  myCases(@Ctx() ctx: RequestContext): Promise<ConditionalityCaseListResponse> {
    return this.cases.myCases(ctx);
  }

  @Get('cases/:caseId')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'One of my cases: timeline, justification, decision, measures, letter' })
  @ApiOkResponse({ type: ConditionalityCaseResponse })
  @ApiNotFoundResponse({ description: 'CONDITIONALITY_CASE_NOT_FOUND' })
  myCase(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam): Promise<ConditionalityCaseResponse> {
    return this.cases.myCase(ctx, p.caseId);
  }

  @Post('cases/:caseId/justification')
  @Allow([Role.Citizen])
  @HttpCode(200)
  @ApiOperation({ summary: "Justify with a reason of the ministry's list (note 39/0003374 of 4/3/2016), by the last day (Rome)" })
  @ApiOkResponse({ type: ConditionalityCaseResponse })
  @ApiBadRequestResponse({ description: 'JUSTIFICATION_WINDOW_CLOSED (errors[] names /reasonCode), JUSTIFICATION_DOCUMENT_UNKNOWN (/documentIds/<i>)' })
  @ApiConflictResponse({ description: 'CASE_NOT_JUSTIFIABLE: already justified or decided' })
  justify(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam, @Body() body: SubmitJustificationBody): Promise<ConditionalityCaseResponse> {
    return this.cases.justify(ctx, p.caseId, body);
  }

  @Get('cases/:caseId/letter')
  @Allow([Role.Citizen])
  @ApiOperation({ summary: 'The measure letter (PDF): facts, rule, legal source, how to appeal' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'CONDITIONALITY_CASE_NOT_FOUND, MEASURE_LETTER_NOT_AVAILABLE' })
  async letter(@Ctx() ctx: RequestContext, @Param() p: ConditionalityCaseIdParam, @Res() res: Response): Promise<void> {
    const { fileName, pdf } = await this.letters.letter(ctx, await this.cases.mine(ctx, p.caseId));
    res.type('application/pdf').setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.send(pdf);
  }
}
