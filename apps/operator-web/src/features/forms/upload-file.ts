/** What the reserved area accepts (contracts' DOCUMENT_MIME_TYPES and DOCUMENT_MAX_BYTES; the API checks the bytes again). */
export const UPLOAD_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
/** for `<input type="file" accept>` */
export const UPLOAD_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** Why a chosen file cannot be uploaded, if it cannot: none chosen, not PDF/JPEG/PNG, larger than 5 MB. */
export function uploadFileProblem(file: File | undefined): 'required' | 'type' | 'size' | undefined {
  if (!file) return 'required';
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (file.type ? !(UPLOAD_MIME_TYPES as readonly string[]).includes(file.type) : !byName) return 'type';
  if (file.size > UPLOAD_MAX_BYTES) return 'size';
  return undefined;
}
