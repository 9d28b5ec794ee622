import { FileInterceptor } from '@nestjs/platform-express';
import { DOCUMENT_MAX_BYTES } from '@opencpi/contracts';

/**
 * multipart/form-data with one `file`, kept in memory. Multer stops reading at twice the limit (a guard against
 * huge bodies); the service refuses anything over the limit with DOCUMENT_TOO_LARGE, naming the field.
 * `defParamCharset: 'utf8'`: browsers send the file name as raw UTF-8 in Content-Disposition; busboy's default
 * (latin1) stored "università" as "universitÃ ". Field values are capped at 1 KB (the only field is `type`).
 */
export const FileUpload = () => FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: DOCUMENT_MAX_BYTES * 2, files: 1, fields: 5, fieldSize: 1024, parts: 6 } });

/** OpenAPI body of an upload */
export const uploadSchema = (extra: Record<string, object> = {}) => ({
  schema: {
    type: 'object' as const,
    required: ['file', ...Object.keys(extra)],
    properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MB' }, ...extra },
  },
});
