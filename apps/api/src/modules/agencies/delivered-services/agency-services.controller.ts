import { Body, Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { AssignmentIdParam, DeliveredServiceParam, DeliveredServiceListResponse, DeliveredServiceResponse, RecordServiceBody, ServiceCodeListResponse } from '@opencpi/contracts';
import { AgencyScopes } from '../../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../../platform/auth/request-context';
import type { UploadedFile as Uploaded } from '../../dossier/dossier.service';
import { FileUpload, uploadSchema } from '../../dossier/upload';
import { DeliveredServicesService } from './delivered-services.service';

@ApiTags('agency-api')
@ApiSecurity('agencyOAuth')
@Controller('agency/v1')
export class AgencyServicesController {
  constructor(private readonly services: DeliveredServicesService) {}

  @Get('service-codes')
  @AgencyScopes('services:write')
  @ApiOperation({ summary: 'The standard services (UCS codes) as data; `verified` false where not from an official table' })
  @ApiOkResponse({ type: ServiceCodeListResponse })
  codes(): Promise<ServiceCodeListResponse> {
    return this.services.codes();
  }

  @Get('assignments/:assignmentId/services')
  @AgencyScopes('people:read')
  @ApiOperation({ summary: 'Services my agency delivered in this assignment' })
  @ApiOkResponse({ type: DeliveredServiceListResponse })
  list(@Ctx() ctx: RequestContext, @Param() p: AssignmentIdParam): Promise<DeliveredServiceListResponse> {
    return this.services.list(ctx, p.assignmentId);
  }

  @Post('assignments/:assignmentId/services')
  @AgencyScopes('services:write')
  @ApiOperation({ summary: 'Record a service delivered to a person in charge (Idempotency-Key)' })
  @ApiCreatedResponse({ type: DeliveredServiceResponse })
  record(@Ctx() ctx: RequestContext, @Param() p: AssignmentIdParam, @Body() body: RecordServiceBody): Promise<DeliveredServiceResponse> {
    return this.services.record(ctx, p.assignmentId, body);
  }

  @Post('assignments/:assignmentId/services/:serviceId/evidence')
  @AgencyScopes('services:write')
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema())
  @ApiOperation({ summary: "Attach the evidence of a service (PDF, JPEG or PNG, at most 5 MB; kept in the person's dossier; once) (Idempotency-Key)" })
  @ApiCreatedResponse({ type: DeliveredServiceResponse })
  evidence(@Ctx() ctx: RequestContext, @Param() p: DeliveredServiceParam, @UploadedFile() file: Uploaded | undefined): Promise<DeliveredServiceResponse> {
    return this.services.attachEvidence(ctx, p.assignmentId, p.serviceId, file);
  }
}
