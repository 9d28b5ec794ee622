import { DOCUMENT_MAX_BYTES, DOCUMENT_MIME_TYPES } from '@opencpi/contracts/browser';

/** For `<input type="file" accept>`: what the reserved area, the plan and the signatures accept (contracts' DOCUMENT_MIME_TYPES). */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/**
 * A first check of a chosen document in the browser (the API checks the file's own bytes again): its type by MIME
 * type (by extension when the browser gives none), and DOCUMENT_MAX_BYTES. Undefined when fine.
 */
export function documentFileProblem(file: Pick<File, 'name' | 'type' | 'size'>): 'fileType' | 'fileTooLarge' | undefined {
  const typeOk = file.type ? (DOCUMENT_MIME_TYPES as readonly string[]).includes(file.type) : EXTENSIONS.test(file.name);
  if (!typeOk) return 'fileType';
  if (file.size > DOCUMENT_MAX_BYTES) return 'fileTooLarge';
  return undefined;
}
