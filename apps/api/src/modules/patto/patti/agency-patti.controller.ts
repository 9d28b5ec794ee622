import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CountersignPattoBody, PattoIdParam, PattoListResponse, PattoResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import { SignatureService } from '../signature/signature.service';
import { PattoViewService } from './patto-view.service';

/** Accredited agencies: only the patti where the agency is a party; its staff signs as the third party. */
@ApiTags('agency')
@Controller('agency/v1/patti')
export class AgencyPattiController {
  constructor(
    private readonly view: PattoViewService,
    private readonly signatures: SignatureService,
  ) {}

  @Get()
  @Allow([Role.AgencyStaff])
  @ApiOperation({ summary: 'Patti where my agency is a party (audited)' })
  @ApiOkResponse({ type: PattoListResponse })
  async list(@Ctx() ctx: RequestContext): Promise<PattoListResponse> {
    return { items: await this.view.agencyPatti(ctx) };
  }

  @Get(':pattoId')
  @Allow([Role.AgencyStaff])
  @ApiOperation({ summary: 'One patto where my agency is a party (404 otherwise)' })
  @ApiOkResponse({ type: PattoResponse })
  get(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam): Promise<PattoResponse> {
    return this.view.agencyView(ctx, p.pattoId);
  }

  @Post(':pattoId/signatures')
  @Allow([Role.AgencyStaff])
  @ApiOperation({ summary: "The agency's signature (SPID/CIE session ≥ 2; evidence kept)" })
  @ApiCreatedResponse({ type: PattoResponse })
  sign(@Ctx() ctx: RequestContext, @Param() p: PattoIdParam, @Body() body: CountersignPattoBody): Promise<PattoResponse> {
    return this.signatures.agencySign(ctx, p.pattoId, body.documentSha256);
  }
}
