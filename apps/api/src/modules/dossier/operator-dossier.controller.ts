import { IsUUID } from 'class-validator';
import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CitizenIdParam,
  DOCUMENT_TYPES,
  OFFICE_ROLES,
  DocumentListResponse,
  DocumentResponse,
  MessageListResponse,
  MessageResponse,
  SendMessageBody,
  TimelineResponse,
  UploadDocumentBody,
} from '@opencpi/contracts';
import type { Response } from 'express';
import { Allow } from '../../platform/auth/policy.decorator';
import { Ctx, type RequestContext } from '../../platform/auth/request-context';
import { RegistryService } from '../registry/registry.service';
import { DossierService, type UploadedFile as Uploaded } from './dossier.service';
import { FileUpload, uploadSchema } from './upload';

class DocumentInCitizenParam {
  @IsUUID('4') citizenId!: string;
  @IsUUID('4') documentId!: string;
}
class MessageInCitizenParam {
  @IsUUID('4') citizenId!: string;
  @IsUUID('4') messageId!: string;
}

/** A citizen's reserved area seen by an operator of their office (404 outside the operator's offices). */
@ApiTags('dossier')
@Controller('operator/dossier/citizens/:citizenId')
export class OperatorDossierController {
  constructor(
    private readonly dossier: DossierService,
    private readonly registry: RegistryService,
  ) {}

  @Get('documents')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The person's documents (audited)" })
  @ApiOkResponse({ type: DocumentListResponse })
  async documents(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<DocumentListResponse> {
    return { items: await this.dossier.documents(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), 'operator') };
  }

  @Post('documents')
  @Allow(OFFICE_ROLES)
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema({ type: { type: 'string', enum: [...DOCUMENT_TYPES] } }))
  @ApiOperation({ summary: 'Upload a document (PDF, JPEG or PNG, at most 5 MB; checked by content)' })
  @ApiCreatedResponse({ type: DocumentResponse })
  async upload(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: UploadDocumentBody, @UploadedFile() file: Uploaded | undefined): Promise<DocumentResponse> {
    return this.dossier.upload(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), file, body.type, 'operator');
  }

  @Get('documents/:documentId/content')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "The bytes of one of the person's documents (audited)" })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  async content(@Ctx() ctx: RequestContext, @Param() p: DocumentInCitizenParam, @Res() res: Response): Promise<void> {
    const { doc, bytes } = await this.dossier.content(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), p.documentId, 'operator');
    res.type(doc.mimeType).setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(bytes);
  }

  @Get('messages')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Secure messages with the person (audited)' })
  @ApiOkResponse({ type: MessageListResponse })
  async messages(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<MessageListResponse> {
    return { items: await this.dossier.messages(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), 'operator') };
  }

  @Post('messages')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: 'Write to the person' })
  @ApiCreatedResponse({ type: MessageResponse })
  async send(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam, @Body() body: SendMessageBody): Promise<MessageResponse> {
    return this.dossier.send(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), body.body, 'operator');
  }

  @Post('messages/:messageId/read')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Read receipt of the person's message" })
  @ApiOkResponse({ type: MessageResponse })
  async read(@Ctx() ctx: RequestContext, @Param() p: MessageInCitizenParam): Promise<MessageResponse> {
    return this.dossier.markRead(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), p.messageId, 'operator');
  }

  @Get('timeline')
  @Allow(OFFICE_ROLES)
  @ApiOperation({ summary: "Everything that happened in the person's path, newest first (audited)" })
  @ApiOkResponse({ type: TimelineResponse })
  async timeline(@Ctx() ctx: RequestContext, @Param() p: CitizenIdParam): Promise<TimelineResponse> {
    return { items: await this.dossier.timeline(ctx, await this.registry.citizenForStaff(ctx, p.citizenId, 'dossier.access'), 'operator') };
  }
}
