import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AssignmentIdParam, AssignmentListResponse, AssignmentResponse, EndAssignmentBody, ListAssignmentsQuery, TakeInChargeBody } from '@opencpi/contracts';
import { AgencyScopes } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { AssignmentsService, type WithEtag } from './assignments.service';

const IF_MATCH = { name: 'If-Match', required: true, description: 'the ETag of the assignment as last read (412 if it changed since, 428 if missing)' };
const ETAG = { ETag: { description: 'version of the assignment, for If-Match', schema: { type: 'string' } } };

export function sendWithEtag<T>(res: Response, r: WithEtag<T>): T {
  res.setHeader('ETag', r.etag);
  return r.body;
}

/** The people assigned to the calling agency (presa in carico, end). Person data only under the person's consent. */
@ApiTags('agency-api')
@ApiSecurity('agencyOAuth')
@Controller('agency/v1/assignments')
export class AgencyAssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @AgencyScopes('people:read')
  @ApiOperation({ summary: 'My agency’s assignments (cursor pagination; person data only where consented, each read audited)' })
  @ApiOkResponse({ type: AssignmentListResponse })
  list(@Ctx() ctx: RequestContext, @Query() q: ListAssignmentsQuery): Promise<AssignmentListResponse> {
    return this.assignments.list(ctx, q);
  }

  @Get(':assignmentId')
  @AgencyScopes('people:read')
  @ApiOperation({ summary: 'One assignment, with its ETag' })
  @ApiOkResponse({ type: AssignmentResponse, headers: ETAG })
  async get(@Ctx() ctx: RequestContext, @Param() p: AssignmentIdParam, @Res({ passthrough: true }) res: Response): Promise<AssignmentResponse> {
    return sendWithEtag(res, await this.assignments.get(ctx, p.assignmentId));
  }

  @Post(':assignmentId/take-in-charge')
  @HttpCode(200)
  @AgencyScopes('services:write')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Presa in carico, with its day (If-Match; Idempotency-Key)' })
  @ApiOkResponse({ type: AssignmentResponse, headers: ETAG })
  async takeInCharge(
    @Ctx() ctx: RequestContext,
    @Param() p: AssignmentIdParam,
    @Body() body: TakeInChargeBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssignmentResponse> {
    return sendWithEtag(res, await this.assignments.takeInCharge(ctx, p.assignmentId, ifMatch, body));
  }

  @Post(':assignmentId/end')
  @HttpCode(200)
  @AgencyScopes('services:write')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'End the assignment with a reason, without an outcome (If-Match; Idempotency-Key)' })
  @ApiOkResponse({ type: AssignmentResponse, headers: ETAG })
  async end(
    @Ctx() ctx: RequestContext,
    @Param() p: AssignmentIdParam,
    @Body() body: EndAssignmentBody,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AssignmentResponse> {
    return sendWithEtag(res, await this.assignments.end(ctx, p.assignmentId, ifMatch, body));
  }
}
