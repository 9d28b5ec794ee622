import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AssignmentIdParam, AssignmentResponse, RecordAssignmentOutcomeBody } from '@opencpi/contracts';
import { AgencyScopes } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { sendWithEtag } from '../assignments/agency-assignments.controller';
import { OutcomesService } from './outcomes.service';

@ApiTags('agency-api')
@ApiSecurity('agencyOAuth')
@Controller('agency/v1/assignments')
export class AgencyOutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Post(':assignmentId/outcome')
  @HttpCode(200)
  @AgencyScopes('services:write')
  @ApiHeader({ name: 'If-Match', required: true, description: 'the ETag of the assignment as last read' })
  @ApiOperation({ summary: 'Record the outcome (hired, or closed with a reason); ends the assignment (If-Match; Idempotency-Key)' })
  @ApiOkResponse({ type: AssignmentResponse, headers: { ETag: { description: 'version of the assignment', schema: { type: 'string' } } } })
  async record(
    @Ctx() ctx: RequestContext,
    @Param() p: AssignmentIdParam,
    @Body() body: RecordAssignmentOutcomeBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssignmentResponse> {
    return sendWithEtag(res, await this.outcomes.record(ctx, p.assignmentId, ifMatch, body));
  }
}
