import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The dossier bundle, pure: a ZIP of dossier.json, the files, summary.pdf, manifest.json (the sha256 of every other
 * entry) and signature.jws, a JWS over manifest.json with a detached payload (RFC 7515 appendix F: `header..signature`).
 */
export const BUNDLE_FORMAT = 'opencpi-dossier-bundle/1';
export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'signature.jws';
export const DOSSIER = 'dossier.json';
export const SUMMARY = 'summary.pdf';
/** an entry larger than this once inflated is refused (zip bombs) */
const ENTRY_MAX_BYTES = 100 * 1024 * 1024;
const SAFE_PATH = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]{0,299}$/;

export interface BundleManifest {
  format: string;
  issuer: string;
  issuerName: string;
  exportId: string;
  createdAt: string;
  /** path in the ZIP → sha256 (hex), for every entry but the manifest and the signature */
  files: Record<string, string>;
}

export const sha256Hex = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const b64url = (b: Uint8Array): string => Buffer.from(b).toString('base64url');

export function manifestOf(entries: Record<string, Uint8Array>, meta: Omit<BundleManifest, 'format' | 'files'>): BundleManifest {
  const files: Record<string, string> = {};
  for (const p of Object.keys(entries).sort()) files[p] = sha256Hex(entries[p]!);
  return { format: BUNDLE_FORMAT, ...meta, files };
}

/** `h.p.s` → `h..s` (the payload travels as manifest.json). */
export function detach(compactJws: string): string {
  const [h, , s] = compactJws.split('.');
  return `${h}..${s}`;
}
/** `h..s` + the payload's bytes → `h.p.s`, or null when it is not a detached compact JWS. */
export function attach(detached: string, payload: Uint8Array): string | null {
  const parts = detached.trim().split('.');
  if (parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2]) return null;
  return `${parts[0]}.${b64url(payload)}.${parts[2]}`;
}

export function packBundle(entries: Record<string, Uint8Array>, manifest: Uint8Array, detachedJws: string): Buffer {
  const all: Record<string, Uint8Array> = { ...entries, [MANIFEST]: manifest, [SIGNATURE]: strToU8(detachedJws) };
  return Buffer.from(zipSync(all, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }));
}

/** The entries of a ZIP, or null when it is not one, holds an unsafe path or an oversized entry. */
export function unpackBundle(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    let tooLarge = false;
    const out = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > ENTRY_MAX_BYTES) tooLarge = true;
        return !tooLarge && !f.name.endsWith('/');
      },
    });
    if (tooLarge || Object.keys(out).some((p) => !SAFE_PATH.test(p))) return null;
    return out;
  } catch {
    return null;
  }
}

export const textOf = (b: Uint8Array): string => strFromU8(b);

/** Whether the entries are exactly those the manifest names, each with its hash (the manifest and signature aside). */
export function entriesMatch(manifest: BundleManifest, entries: Record<string, Uint8Array>): boolean {
  const names = Object.keys(entries).filter((p) => p !== MANIFEST && p !== SIGNATURE);
  const listed = Object.keys(manifest.files ?? {});
  if (names.length !== listed.length) return false;
  return names.every((p) => manifest.files[p] === sha256Hex(entries[p]!));
}

/** A manifest read from untrusted bytes: the shape checked, or null. */
export function parseManifest(bytes: Uint8Array): BundleManifest | null {
  try {
    const m = JSON.parse(textOf(bytes)) as Partial<BundleManifest>;
    const ok =
      m.format === BUNDLE_FORMAT &&
      typeof m.issuer === 'string' &&
      typeof m.issuerName === 'string' &&
      typeof m.exportId === 'string' &&
      typeof m.createdAt === 'string' &&
      typeof m.files === 'object' &&
      m.files !== null &&
      Object.values(m.files).every((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
    return ok ? (m as BundleManifest) : null;
  } catch {
    return null;
  }
}
