import { ErrorCode } from '@opencpi/contracts';

export const DOSSIER_ERRORS = {
  [ErrorCode.DOCUMENT_NOT_FOUND]: { status: 404, title: 'Document not found' },
  [ErrorCode.DOCUMENT_TYPE_NOT_ALLOWED]: { status: 415, title: 'File type not allowed' },
  [ErrorCode.DOCUMENT_TOO_LARGE]: { status: 413, title: 'File too large' },
  [ErrorCode.DOSSIER_MESSAGE_NOT_FOUND]: { status: 404, title: 'Message not found' },
} as const;
