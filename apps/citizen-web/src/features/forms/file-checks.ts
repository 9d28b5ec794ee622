/** What the reserved area and the plan accept (as DOCUMENT_MIME_TYPES and DOCUMENT_MAX_BYTES in contracts; copied: SPAs import types only). */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png';
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** A first check in the browser (the API checks the file's own bytes again): undefined when fine. */
export function fileProblem(file: File): 'fileType' | 'fileTooLarge' | undefined {
  if (!MIME_TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) return 'fileType';
  if (file.size > MAX_FILE_BYTES) return 'fileTooLarge';
  return undefined;
}
