import { documentFileProblem } from '@opencpi/ui';

export { DOCUMENT_ACCEPT as UPLOAD_ACCEPT } from '@opencpi/ui';

/** Why a chosen file cannot be uploaded, if it cannot: none chosen, not PDF/JPEG/PNG, larger than 5 MB (@opencpi/ui's check). */
export function uploadFileProblem(file: File | undefined): 'required' | 'type' | 'size' | undefined {
  if (!file) return 'required';
  const problem = documentFileProblem(file);
  return problem === 'fileType' ? 'type' : problem === 'fileTooLarge' ? 'size' : undefined;
}
