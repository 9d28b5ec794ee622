import { randomUUID, createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_MAX_BYTES, ErrorCode, type DocumentResponse, type DocumentType, type MessageResponse, type TimelineEntryResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { Env } from '../../config/env';
import { AuditService } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/auth/request-context';
import { DomainError } from '../../platform/errors/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import type { CitizenRef } from '../registry/registry.service';
import { DossierRepository } from './dossier.repository';
import type { DocumentEntity } from './entities/document.entity';
import { toMessage } from './message.mapper';
import { safeFileName, sniffMimeType } from './file-type';
import { DOCUMENT_STORAGE, type DocumentStorage } from './ports/document-storage.port';

export type DossierSide = 'citizen' | 'operator';
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}
/** Another module's contribution to the shared timeline (registered at start-up, so dossier depends on no one). */
export type TimelineSource = (citizenId: string) => Promise<TimelineEntryResponse[]>;

const toDocument = (d: DocumentEntity): DocumentResponse => ({
  id: d.id,
  type: d.type,
  fileName: d.fileName,
  mimeType: d.mimeType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  uploadedByRole: d.uploadedByRole,
  uploadedByName: d.uploadedByName,
  uploadedAt: d.createdAt.toISOString(),
});

/**
 * The reserved area the person and the CPI share: documents (type and size checked, bytes behind a storage port),
 * secure messages with read receipts, and one timeline. Every read is audited.
 */
@Injectable()
export class DossierService {
  private readonly sources: TimelineSource[] = [];

  constructor(
    private readonly repo: DossierRepository,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly env: Env,
  ) {}

  registerTimelineSource(source: TimelineSource): void {
    this.sources.push(source);
  }

  /** Checks and stores a file in the caller's transaction; the upload is audited with the document. */
  /** `side` 'agency': an accredited agency's evidence of a service it delivered (issue 14). */
  async storeDocument(
    m: EntityManager,
    ctx: RequestContext,
    citizen: CitizenRef,
    file: UploadedFile | undefined,
    type: DocumentType,
    side: DossierSide | 'agency',
  ): Promise<DocumentEntity> {
    if (!file) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'A file is required', [{ pointer: '/file', detail: 'file is required', constraint: 'required' }]);
    if (file.size > DOCUMENT_MAX_BYTES)
      throw new DomainError(ErrorCode.DOCUMENT_TOO_LARGE, `The file is ${file.size} bytes; at most ${DOCUMENT_MAX_BYTES}`, [
        { pointer: '/file', detail: 'at most 5 MB', constraint: 'maxSize' },
      ]);
    const mime = sniffMimeType(file.buffer);
    if (!mime)
      throw new DomainError(ErrorCode.DOCUMENT_TYPE_NOT_ALLOWED, 'Only PDF, JPEG and PNG files are accepted', [
        { pointer: '/file', detail: 'PDF, JPEG or PNG', constraint: 'mimeType' },
      ]);
    const key = randomUUID();
    await this.storage.put(key, file.buffer, m);
    const doc = await this.repo.saveDocument(m, {
      citizenId: citizen.id,
      type,
      fileName: safeFileName(file.originalname),
      mimeType: mime,
      sizeBytes: file.size,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey: key,
      uploadedByRole: side,
      uploadedByFiscalCode: ctx.principal.fiscalCode,
      uploadedByName: `${ctx.principal.givenName} ${ctx.principal.familyName}`,
    });
    await this.audit.record(
      ctx,
      {
        action: 'dossier.document.uploaded',
        resourceType: 'document',
        resourceId: doc.id,
        subjectFiscalCode: citizen.fiscalCode,
        actorOfficeId: side === 'operator' ? citizen.officeId : null,
        details: { type, sizeBytes: file.size },
      },
      m,
    );
    return doc;
  }

  async upload(ctx: RequestContext, citizen: CitizenRef, file: UploadedFile | undefined, type: DocumentType, side: DossierSide): Promise<DocumentResponse> {
    return toDocument(await this.repo.transaction((m) => this.storeDocument(m, ctx, citizen, file, type, side)));
  }

  async documents(ctx: RequestContext, citizen: CitizenRef, side: DossierSide): Promise<DocumentResponse[]> {
    const docs = await this.repo.documentsOf(citizen.id);
    await this.audit.record(ctx, {
      action: 'dossier.documents.read',
      resourceType: 'citizen',
      resourceId: citizen.id,
      subjectFiscalCode: citizen.fiscalCode,
      actorOfficeId: side === 'operator' ? citizen.officeId : null,
    });
    return docs.map(toDocument);
  }

  async content(ctx: RequestContext, citizen: CitizenRef, documentId: string, side: DossierSide): Promise<{ doc: DocumentResponse; bytes: Buffer }> {
    const doc = await this.repo.document(documentId, citizen.id);
    const bytes = doc ? await this.storage.get(doc.storageKey, this.repo.db.manager) : null;
    if (!doc || !bytes) throw new DomainError(ErrorCode.DOCUMENT_NOT_FOUND);
    await this.audit.record(ctx, {
      action: 'dossier.document.read',
      resourceType: 'document',
      resourceId: doc.id,
      subjectFiscalCode: citizen.fiscalCode,
      actorOfficeId: side === 'operator' ? citizen.officeId : null,
    });
    return { doc: toDocument(doc), bytes };
  }

  /** File names of documents, for lists that show proofs (no audit: the caller audits its own read). */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repo.fileNames(ids);
    return new Map(rows.map((r) => [r.id, r.fileName]));
  }

  async messages(ctx: RequestContext, citizen: CitizenRef, side: DossierSide): Promise<MessageResponse[]> {
    const rows = await this.repo.messagesOf(citizen.id);
    await this.audit.record(ctx, {
      action: 'dossier.messages.read',
      resourceType: 'citizen',
      resourceId: citizen.id,
      subjectFiscalCode: citizen.fiscalCode,
      actorOfficeId: side === 'operator' ? citizen.officeId : null,
    });
    return rows.map(toMessage);
  }

  async send(ctx: RequestContext, citizen: CitizenRef, body: string, side: DossierSide): Promise<MessageResponse> {
    const saved = await this.repo.transaction(async (m) => {
      const msg = await this.repo.saveMessage(m, {
        citizenId: citizen.id,
        senderRole: side,
        senderFiscalCode: ctx.principal.fiscalCode,
        senderName:
          side === 'operator' ? `${ctx.principal.givenName} ${ctx.principal.familyName} (Centro per l'Impiego)` : `${ctx.principal.givenName} ${ctx.principal.familyName}`,
        body: body.trim(),
      });
      await this.audit.record(
        ctx,
        {
          action: 'dossier.message.sent',
          resourceType: 'dossier_message',
          resourceId: msg.id,
          subjectFiscalCode: citizen.fiscalCode,
          actorOfficeId: side === 'operator' ? citizen.officeId : null,
        },
        m,
      );
      if (side === 'operator') {
        // the message itself stays in the reserved area: the notification only says there is one
        await this.notifications.enqueue(m, {
          key: `dossier-message:${msg.id}`,
          recipient: { fiscalCode: citizen.fiscalCode, email: citizen.email, mobilePhone: citizen.mobilePhone },
          template: 'dossier.message',
          vars: { name: citizen.givenName, link: `${this.env.CITIZEN_WEB_URL}/area-riservata` },
        });
      }
      return msg;
    });
    return toMessage(saved);
  }

  /** The read receipt: only the other side's message can be marked read, once. */
  async markRead(ctx: RequestContext, citizen: CitizenRef, messageId: string, side: DossierSide): Promise<MessageResponse> {
    return this.repo.transaction(async (m) => {
      const msg = await this.repo.lockMessage(m, messageId, citizen.id);
      if (!msg) throw new DomainError(ErrorCode.DOSSIER_MESSAGE_NOT_FOUND);
      if (msg.senderRole !== side && !msg.readAt) {
        msg.readAt = new Date();
        msg.readBy = ctx.principal.fiscalCode;
        await this.repo.saveMessage(m, msg);
        await this.audit.record(
          ctx,
          {
            action: 'dossier.message.read',
            resourceType: 'dossier_message',
            resourceId: msg.id,
            subjectFiscalCode: citizen.fiscalCode,
            actorOfficeId: side === 'operator' ? citizen.officeId : null,
          },
          m,
        );
      }
      return toMessage(msg);
    });
  }

  /** Everything that happened, newest first: documents and messages here, plus what other modules registered. */
  async timeline(ctx: RequestContext, citizen: CitizenRef, side: DossierSide): Promise<TimelineEntryResponse[]> {
    const [docs, msgs, ...others] = await Promise.all([this.repo.documentsOf(citizen.id), this.repo.messagesOf(citizen.id), ...this.sources.map((s) => s(citizen.id))]);
    await this.audit.record(ctx, {
      action: 'dossier.timeline.read',
      resourceType: 'citizen',
      resourceId: citizen.id,
      subjectFiscalCode: citizen.fiscalCode,
      actorOfficeId: side === 'operator' ? citizen.officeId : null,
    });
    const entries: TimelineEntryResponse[] = [
      ...docs.map((d) => ({
        at: d.createdAt.toISOString(),
        kind: 'document.uploaded',
        summary: `Documento caricato: ${d.fileName}`,
        params: { fileName: d.fileName },
        actorName: d.uploadedByName,
        refId: d.id,
      })),
      ...msgs.map((x) => ({
        at: x.sentAt.toISOString(),
        kind: 'message.sent',
        summary: `Messaggio da ${x.senderName}`,
        params: { senderName: x.senderName },
        actorName: x.senderName,
        refId: x.id,
      })),
      ...others.flat(),
    ];
    return entries.sort((a, b) => b.at.localeCompare(a.at));
  }
}
