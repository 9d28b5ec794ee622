import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@opencpi/contracts';
import { DomainError } from '../../../platform/errors/domain-error';
import { IssuerKeyService } from '../../certificazioni/credentials/issuer-key.service';
import { attach, DOSSIER, entriesMatch, MANIFEST, parseManifest, SIGNATURE, textOf, unpackBundle, type BundleManifest } from '../domain/bundle';
import { dossierProblems } from '../domain/dossier-validator';

export interface VerifiedBundle {
  issuerId: string;
  issuerName: string;
  manifest: BundleManifest;
  signature: string;
  dossier: DossierJson;
  entries: Record<string, Uint8Array>;
}
export interface DossierJson {
  exportId: string;
  exportedAt: string;
  issuer: { id: string; name: string };
  person: { fiscalCode: string; givenName: string; familyName: string };
  sections: Record<string, unknown>;
  files: { path: string; section: string; refId: string; fileName: string; mimeType: string; sha256: string; sizeBytes: number }[];
  [k: string]: unknown;
}

const invalid = (detail: string, pointer = '/file') => new DomainError(ErrorCode.PORTABILITY_BUNDLE_INVALID, detail, [{ pointer, detail, constraint: 'bundle' }]);

/**
 * Checks a bundle before anything is written: a ZIP with the three fixed entries; the detached JWS over manifest.json
 * signed by a trusted issuer (TRUSTED_ISSUERS_PATH of the issuer key) other than ourselves; every entry exactly as the
 * manifest hashes it; dossier.json conforming to the schema and naming the same export and issuer.
 */
@Injectable()
export class BundleVerifier {
  constructor(private readonly keys: IssuerKeyService) {}

  async verify(bytes: Buffer): Promise<VerifiedBundle> {
    const entries = unpackBundle(bytes);
    if (!entries) throw invalid('The file is not a ZIP bundle');
    const manifestBytes = entries[MANIFEST];
    const sig = entries[SIGNATURE];
    const dossierBytes = entries[DOSSIER];
    if (!manifestBytes || !sig || !dossierBytes) throw invalid(`The bundle lacks ${[MANIFEST, SIGNATURE, DOSSIER].filter((n) => !entries[n]).join(', ')}`);
    const signature = textOf(sig).trim();
    const jws = attach(signature, manifestBytes);
    if (!jws) throw invalid('signature.jws is not a detached compact JWS', '/file/signature.jws');
    const check = await this.keys.verifyJws(jws);
    if (!check.ok) {
      if (check.reason === 'issuer_trust') throw new DomainError(ErrorCode.PORTABILITY_ISSUER_UNTRUSTED, 'The signing key is not among the trusted issuers');
      if (check.reason === 'signature') throw new DomainError(ErrorCode.PORTABILITY_BUNDLE_TAMPERED, 'The signature does not match manifest.json');
      throw invalid('signature.jws cannot be read', '/file/signature.jws');
    }
    if (check.issuerDid === this.keys.did) throw new DomainError(ErrorCode.PORTABILITY_ISSUER_UNTRUSTED, 'A bundle of this deployment: its data are already here');
    const manifest = parseManifest(manifestBytes);
    if (!manifest) throw invalid('manifest.json is not a bundle manifest', '/file/manifest.json');
    if (manifest.issuer !== check.issuerDid || !entriesMatch(manifest, entries))
      throw new DomainError(ErrorCode.PORTABILITY_BUNDLE_TAMPERED, 'A file of the bundle differs from the signed manifest');
    let dossier: unknown;
    try {
      dossier = JSON.parse(textOf(dossierBytes));
    } catch {
      throw invalid('dossier.json is not JSON', '/file/dossier.json');
    }
    const problems = dossierProblems(dossier);
    if (problems)
      throw new DomainError(
        ErrorCode.PORTABILITY_BUNDLE_INVALID,
        'dossier.json does not conform to the schema',
        problems.map((p) => ({ ...p, constraint: 'schema' })),
      );
    const d = dossier as DossierJson;
    if (d.exportId !== manifest.exportId || d.issuer.id !== manifest.issuer || d.files.some((f) => !entries[f.path]))
      throw invalid('dossier.json does not match the manifest', '/file/dossier.json');
    const issuerName = this.keys.trustedIssuer(check.issuerDid)?.name ?? manifest.issuerName;
    return { issuerId: check.issuerDid, issuerName, manifest, signature, dossier: d, entries };
  }
}
