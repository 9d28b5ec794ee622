import { verifyCredential } from '@opencpi/api-client';
import { useMutation } from '@tanstack/react-query';

/** POST /api/public/credentials/verify (no login): valid / revoked / expired / tampered / untrusted_issuer / invalid. */
export function useVerifyCredential() {
  return useMutation({ mutationFn: (credential: string) => verifyCredential(credential) });
}
