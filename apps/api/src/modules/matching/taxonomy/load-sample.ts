import path from 'node:path';
import type { DataSource } from 'typeorm';
import { importComuni } from './comuni-importer';
import { importEsco } from './esco-importer';

/**
 * The SAMPLE taxonomy shipped with the API (see sample/README.md): not the official ESCO classification. The build
 * (tools/build-api.mjs) copies every non-TypeScript file under apps/api/src, so `sample/` sits beside the compiled file.
 */
export const TAXONOMY_SAMPLE_DIR = path.join(__dirname, 'sample');
export const COMUNI_SAMPLE_FILE = path.join(TAXONOMY_SAMPLE_DIR, 'comuni_piemonte_sample.csv');
export const SAMPLE_SOURCE = 'sample';

export interface TaxonomySampleCounts {
  occupations: number;
  skills: number;
  relations: number;
  comuni: number;
}

/** Loads the sample ESCO files (source 'sample') and the sample comuni. Idempotent. */
export async function loadTaxonomySample(db: DataSource): Promise<TaxonomySampleCounts> {
  const esco = await importEsco(db, TAXONOMY_SAMPLE_DIR, { source: SAMPLE_SOURCE });
  const comuni = await importComuni(db, COMUNI_SAMPLE_FILE);
  const skipped = esco.skipped.occupations + esco.skipped.skills + esco.skipped.relations + comuni.skipped;
  // the sample is ours: a row it cannot load is a mistake in the sample, not bad input to tolerate
  if (skipped > 0) throw new Error(`taxonomy sample: ${skipped} row(s) skipped (${JSON.stringify({ esco: esco.skipped, comuni: comuni.skipped })})`);
  return { occupations: esco.occupations, skills: esco.skills, relations: esco.relations, comuni: comuni.comuni };
}
