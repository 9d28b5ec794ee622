import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LogActivityBody, PlanItemIdParam, PlanItemResponse, PlanItemStatusBody, PlanResponse, Role } from '@opencpi/contracts';
import { Allow } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import type { UploadedFile as Uploaded } from '../../dossier/dossier.service';
import { FileUpload, uploadSchema } from '../../dossier/upload';
import { PlanService } from './plan.service';

/** The person's action plan. */
@ApiTags('patto')
@Controller('citizen/plan')
export class CitizenPlanController {
  constructor(private readonly plan: PlanService) {}

  @Get()
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: "My plan: the patto's actions and my activities; peer feedback when the group has ≥ 10 people (audited)" })
  @ApiOkResponse({ type: PlanResponse })
  get(@Ctx() ctx: RequestContext): Promise<PlanResponse> {
    return this.plan.plan(ctx);
  }

  @Post('activities')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Log one of my job-search activities (application, interview, course…)' })
  @ApiCreatedResponse({ type: PlanItemResponse })
  log(@Ctx() ctx: RequestContext, @Body() body: LogActivityBody): Promise<PlanItemResponse> {
    return this.plan.log(ctx, body);
  }

  @Post('items/:itemId/status')
  @Allow([Role.Citizen], { minLevel: 1 })
  @ApiOperation({ summary: 'Mark an item done or not done' })
  @ApiOkResponse({ type: PlanItemResponse })
  status(@Ctx() ctx: RequestContext, @Param() p: PlanItemIdParam, @Body() body: PlanItemStatusBody): Promise<PlanItemResponse> {
    return this.plan.setStatus(ctx, p.itemId, body.status);
  }

  @Post('items/:itemId/proof')
  @Allow([Role.Citizen], { minLevel: 1 })
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema())
  @ApiOperation({ summary: 'Attach a proof (PDF, JPEG or PNG, ≤ 5 MB) to an item; it is kept in my reserved area' })
  @ApiCreatedResponse({ type: PlanItemResponse })
  proof(@Ctx() ctx: RequestContext, @Param() p: PlanItemIdParam, @UploadedFile() file: Uploaded | undefined): Promise<PlanItemResponse> {
    return this.plan.attachProof(ctx, p.itemId, file);
  }
}
