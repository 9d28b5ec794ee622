import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The public, committed development credentials (apps/api/config/dev, .env.example, tools/lib/platform.mjs).
 * Production refuses them. Keys are recognised by the SHA-256 of their public key (SPKI DER), so the same key
 * re-encoded (PKCS#1/PKCS#8, a certificate of it, other line breaks) is still caught; a test keeps this list in
 * step with the committed files.
 */
export const DEVELOPMENT_PUBLIC_KEY_SHA256: Readonly<Record<string, string>> = {
  'apps/api/config/dev/sp-key.pem + sp-cert.pem': '01706459cd3fd029e4a05353ca1e661263d2281c0f833c9c98697a9f3fb692d4',
  'apps/api/config/dev/dev-idp-key.pem + dev-idp-cert.pem': 'b0324fa585e1cd8fba8cc90c42bf6abe1ae5eefd414d657d3342916ef16e96cd',
};

/** Master secrets written in the repository (.env.example, tools, tests). */
export const DEVELOPMENT_SECRETS: readonly string[] = [
  'development-only-secret-never-use-in-production',
  'development-only-master-key-never-use-in-production',
  'test-secret-test-secret-test-secret-0000',
];

/** A secret that looks like a placeholder or is one of the committed ones. */
export function isDevelopmentSecret(secret: string): boolean {
  return DEVELOPMENT_SECRETS.includes(secret) || /^(dev|test|change|example|secret|password)/i.test(secret);
}

/** SHA-256 of the public key of a PEM private key or certificate; null when it is not one. */
export function publicKeySha256(pem: string): string | null {
  try {
    return createHash('sha256')
      .update(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
      .digest('hex');
  } catch {
    return null;
  }
}

/**
 * Why the PEM file at `path` may not be used in production, or null. A path inside the committed development
 * folder is refused even when the file cannot be read; an unreadable file elsewhere is left to the code that loads it.
 */
export function developmentCredentialProblem(path: string): string | null {
  if (/(^|[\\/])config[\\/]dev[\\/][^\\/]+\.pem$/.test(path)) return 'is a committed development file';
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const fingerprint = publicKeySha256(pem);
  const dev = Object.entries(DEVELOPMENT_PUBLIC_KEY_SHA256).find(([, f]) => f === fingerprint);
  return dev ? `holds the public development key of ${dev[0]}` : null;
}
