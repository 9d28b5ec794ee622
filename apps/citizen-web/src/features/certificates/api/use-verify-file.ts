import { verifyCertificateFile } from '@opencpi/api-client';
import { useMutation } from '@tanstack/react-query';

/** POST /api/public/certificates/verify-file (no login): is this PDF one of ours, unchanged? */
export function useVerifyFile() {
  return useMutation({ mutationFn: (file: File) => verifyCertificateFile(file) });
}
