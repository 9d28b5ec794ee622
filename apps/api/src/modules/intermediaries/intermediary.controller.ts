import { Body, Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AppointmentListResponse,
  AppointmentResponse,
  BookAppointmentBody,
  CitizenIdParam,
  DelegatedActionListResponse,
  DelegatedPersonResponse,
  DelegationListResponse,
  DidOverviewResponse,
  DOCUMENT_TYPES,
  DocumentResponse,
  FileDidBody,
  PersonAppointmentParam,
  RescheduleAppointmentBody,
  Role,
  UploadDelegationBody,
  UploadDocumentBody,
  DelegationResponse,
} from '@opencpi/contracts';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import type { UploadedFile as Uploaded } from '../dossier/dossier.service';
import { FileUpload, uploadSchema } from '../dossier/upload';
import { ActingService } from './acting/acting.service';
import { SignedDelegationsService } from './delegations/signed-delegations.service';

const REFUSED = 'DELEGATION_REQUIRED: no active delegation of my organisation from this person with this scope';

/** An intermediary's operator acting for the people who delegated their organisation. */
@ApiTags('intermediaries')
@Controller('intermediary')
export class IntermediaryController {
  constructor(
    private readonly acting: ActingService,
    private readonly signed: SignedDelegationsService,
  ) {}

  @Get('delegations')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: 'The delegations my organisation holds today' })
  @ApiOkResponse({ type: DelegationListResponse })
  async delegations(@Ctx() ctx: RequestContext): Promise<DelegationListResponse> {
    return { items: await this.acting.myDelegations(ctx) };
  }

  @Post('delegations')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema({ fiscalCode: { type: 'string' }, scopes: { type: 'string', example: 'appointments,documents' }, validUntil: { type: 'string', format: 'date' } }))
  @ApiOperation({ summary: 'Upload a delegation signed by the person (PDF) for the CPI to check; it lets me act once approved' })
  @ApiCreatedResponse({ type: DelegationResponse })
  uploadDelegation(@Ctx() ctx: RequestContext, @Body() body: UploadDelegationBody, @UploadedFile() file: Uploaded | undefined): Promise<DelegationResponse> {
    return this.signed.upload(ctx, body, file);
  }

  @Get('people/:citizenId')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: 'A person who delegated my organisation (audited)' })
  @ApiOkResponse({ type: DelegatedPersonResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  person(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<DelegatedPersonResponse> {
    return this.acting.person(ctx, p.citizenId);
  }

  @Post('people/:citizenId/did')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: 'File the DID for the person (scope did)' })
  @ApiCreatedResponse({ type: DidOverviewResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  fileDid(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: FileDidBody): Promise<DidOverviewResponse> {
    return this.acting.fileDid(ctx, p.citizenId, body);
  }

  @Get('people/:citizenId/appointments')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: "The person's appointments (scope appointments)" })
  @ApiOkResponse({ type: AppointmentListResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  async appointments(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<AppointmentListResponse> {
    return { items: await this.acting.appointments(ctx, p.citizenId) };
  }

  @Post('people/:citizenId/appointments')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: 'Book a slot for the person (scope appointments)' })
  @ApiCreatedResponse({ type: AppointmentResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  book(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: BookAppointmentBody): Promise<AppointmentResponse> {
    return this.acting.book(ctx, p.citizenId, body);
  }

  @Post('people/:citizenId/appointments/:appointmentId/reschedule')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @HttpCode(200)
  @ApiOperation({ summary: "Move the person's appointment to another slot (scope appointments)" })
  @ApiOkResponse({ type: AppointmentResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  reschedule(@Ctx() ctx: RequestContext, @Param() p: PersonAppointmentParam, @Body() body: RescheduleAppointmentBody): Promise<AppointmentResponse> {
    return this.acting.reschedule(ctx, p.citizenId, p.appointmentId, body);
  }

  @Post('people/:citizenId/documents')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema({ type: { type: 'string', enum: [...DOCUMENT_TYPES] } }))
  @ApiOperation({ summary: "Upload a document to the person's reserved area (scope documents)" })
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  upload(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: UploadDocumentBody, @UploadedFile() file: Uploaded | undefined): Promise<DocumentResponse> {
    return this.acting.upload(ctx, p.citizenId, file, body.type);
  }

  @Get('people/:citizenId/actions')
  @Allow([Role.IntermediaryStaff], { minLevel: 2 })
  @ApiOperation({ summary: 'What my organisation did for the person' })
  @ApiOkResponse({ type: DelegatedActionListResponse })
  @ApiForbiddenResponse({ description: REFUSED })
  async actions(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<DelegatedActionListResponse> {
    return { items: await this.acting.actions(ctx, p.citizenId) };
  }
}
