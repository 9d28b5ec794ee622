import { IsIn, IsString, IsUUID, Length } from 'class-validator';

export const DOCUMENT_TYPES = ['identity', 'cv', 'certificate', 'proof', 'patto_scan', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
/** What the dossier accepts: checked against the file's own first bytes, not its name. */
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/** multipart/form-data field next to `file` in POST …/dossier/documents */
export class UploadDocumentBody {
  @IsIn(DOCUMENT_TYPES) type!: DocumentType;
}
export class DocumentIdParam {
  @IsUUID('4') documentId!: string;
}
export class MessageIdParam {
  @IsUUID('4') messageId!: string;
}
/** POST …/dossier/messages */
export class SendMessageBody {
  @IsString() @Length(1, 4000) body!: string;
}
