import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  DOCUMENT_TYPES,
  DocumentIdParam,
  DocumentListResponse,
  DocumentResponse,
  MessageIdParam,
  MessageListResponse,
  MessageResponse,
  Role,
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

/** The person's own reserved area. */
@ApiTags('dossier')
@Controller('citizen/dossier')
export class CitizenDossierController {
  constructor(
    private readonly dossier: DossierService,
    private readonly registry: RegistryService,
  ) {}

  @Get('documents')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'My documents (audited)' })
  @ApiOkResponse({ type: DocumentListResponse })
  async documents(@Ctx() ctx: RequestContext): Promise<DocumentListResponse> {
    return { items: await this.dossier.documents(ctx, await this.registry.selfAsCitizen(ctx), 'citizen') };
  }

  @Post('documents')
  @Allow([Role.Citizen], { minLevel: 2 })
  @UseInterceptors(FileUpload())
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadSchema({ type: { type: 'string', enum: [...DOCUMENT_TYPES] } }))
  @ApiOperation({ summary: 'Upload a document (PDF, JPEG or PNG, at most 5 MB; checked by content)' })
  @ApiCreatedResponse({ type: DocumentResponse })
  async upload(@Ctx() ctx: RequestContext, @Body() body: UploadDocumentBody, @UploadedFile() file: Uploaded | undefined): Promise<DocumentResponse> {
    return this.dossier.upload(ctx, await this.registry.selfAsCitizen(ctx), file, body.type, 'citizen');
  }

  @Get('documents/:documentId/content')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'The bytes of one of my documents (audited)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  async content(@Ctx() ctx: RequestContext, @Param() p: DocumentIdParam, @Res() res: Response): Promise<void> {
    const { doc, bytes } = await this.dossier.content(ctx, await this.registry.selfAsCitizen(ctx), p.documentId, 'citizen');
    res.type(doc.mimeType).setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(bytes);
  }

  @Get('messages')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Secure messages with my CPI (audited)' })
  @ApiOkResponse({ type: MessageListResponse })
  async messages(@Ctx() ctx: RequestContext): Promise<MessageListResponse> {
    return { items: await this.dossier.messages(ctx, await this.registry.selfAsCitizen(ctx), 'citizen') };
  }

  @Post('messages')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Write to my CPI' })
  @ApiCreatedResponse({ type: MessageResponse })
  async send(@Ctx() ctx: RequestContext, @Body() body: SendMessageBody): Promise<MessageResponse> {
    return this.dossier.send(ctx, await this.registry.selfAsCitizen(ctx), body.body, 'citizen');
  }

  @Post('messages/:messageId/read')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: "Read receipt of the CPI's message" })
  @ApiOkResponse({ type: MessageResponse })
  async read(@Ctx() ctx: RequestContext, @Param() p: MessageIdParam): Promise<MessageResponse> {
    return this.dossier.markRead(ctx, await this.registry.selfAsCitizen(ctx), p.messageId, 'citizen');
  }

  @Get('timeline')
  @Allow([Role.Citizen], { minLevel: 2 })
  @ApiOperation({ summary: 'Everything that happened in my path, newest first (audited)' })
  @ApiOkResponse({ type: TimelineResponse })
  async timeline(@Ctx() ctx: RequestContext): Promise<TimelineResponse> {
    return { items: await this.dossier.timeline(ctx, await this.registry.selfAsCitizen(ctx), 'citizen') };
  }
}
