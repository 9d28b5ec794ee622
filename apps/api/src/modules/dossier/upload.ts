import { FileInterceptor } from '@nestjs/platform-express';
import { DOCUMENT_MAX_BYTES } from '@opencpi/contracts';

/**
 * multipart/form-data with one `file`, kept in memory. Multer stops reading at twice the limit (a guard against
 * huge bodies); the service refuses anything over the limit with DOCUMENT_TOO_LARGE, naming the field.
 */
export const FileUpload = () => FileInterceptor('file', { limits: { fileSize: DOCUMENT_MAX_BYTES * 2, files: 1, fields: 5 } });

/** OpenAPI body of an upload */
export const uploadSchema = (extra: Record<string, object> = {}) => ({
  schema: {
    type: 'object' as const,
    required: ['file', ...Object.keys(extra)],
    properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 5 MB' }, ...extra },
  },
});
