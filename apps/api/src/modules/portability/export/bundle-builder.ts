import { Injectable } from '@nestjs/common';
import { strToU8 } from 'fflate';
import { Env } from '../../../config/env';
import { SealService } from '../../../platform/pdf/seal.service';
import { IssuerKeyService } from '../../certificazioni/credentials/issuer-key.service';
import { detach, DOSSIER, manifestOf, packBundle, sha256Hex, SUMMARY } from '../domain/bundle';
import { DOSSIER_FORMAT, DOSSIER_SCHEMA_PATH } from '../domain/dossier-schema';
import { fill, PORTABILITY_CATALOGUE, type PortabilityLocale } from '../i18n/portability-catalogue';
import type { DossierFile } from './dossier-collector.service';
import { renderSummaryPdf } from './summary-pdf';

export interface BundleInput {
  exportId: string;
  exportedAt: Date;
  locale: PortabilityLocale;
  person: { fiscalCode: string; givenName: string; familyName: string };
  sections: Record<string, unknown>;
  files: DossierFile[];
}

/**
 * dossier.json (conforming to the published schema), the files, the readable summary sealed with the body's seal,
 * manifest.json with every entry's sha256, and signature.jws: the body's issuer key (did:web, ES256) over the manifest.
 */
@Injectable()
export class BundleBuilder {
  constructor(
    private readonly env: Env,
    private readonly seal: SealService,
    private readonly issuer: IssuerKeyService,
  ) {}

  /** The JSON document of a bundle (also what an import gives back, section by section). */
  dossierJson(b: BundleInput): Record<string, unknown> {
    return {
      format: DOSSIER_FORMAT,
      schema: `${this.env.PUBLIC_API_URL.replace(/\/$/, '')}${DOSSIER_SCHEMA_PATH}`,
      exportId: b.exportId,
      exportedAt: b.exportedAt.toISOString(),
      issuer: { id: this.issuer.did, name: this.env.ORG_NAME },
      person: b.person,
      locale: b.locale,
      sections: b.sections,
      files: b.files.map(({ bytes: _b, ...f }) => f),
    };
  }

  async build(b: BundleInput, step: (name: string) => Promise<void>): Promise<{ zip: Buffer; sha256: string }> {
    const entries: Record<string, Uint8Array> = { [DOSSIER]: strToU8(JSON.stringify(this.dossierJson(b), null, 2)) };
    for (const f of b.files) entries[f.path] = f.bytes;
    await step('summary');
    const doc = await renderSummaryPdf({ issuer: this.env.ORG_NAME, exportId: b.exportId, exportedAt: b.exportedAt, person: b.person, sections: b.sections }, b.locale);
    entries[SUMMARY] = await this.seal.seal(doc, {
      reason: fill(PORTABILITY_CATALOGUE[b.locale].sealReason, { issuer: this.env.ORG_NAME }),
      location: this.env.ORG_NAME,
      contactInfo: this.env.ORG_CONTACT_EMAIL,
      signingTime: b.exportedAt,
    });
    await step('signature');
    const manifest = strToU8(
      JSON.stringify(manifestOf(entries, { issuer: this.issuer.did, issuerName: this.env.ORG_NAME, exportId: b.exportId, createdAt: b.exportedAt.toISOString() }), null, 2),
    );
    const jws = await this.issuer.signJws(manifest, { typ: 'JOSE', cty: 'application/json' });
    const zip = packBundle(entries, manifest, detach(jws));
    return { zip, sha256: sha256Hex(zip) };
  }
}
