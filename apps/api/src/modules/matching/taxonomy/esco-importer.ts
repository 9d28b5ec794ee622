import { access } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { readCsvFile, type CsvRecord } from './csv';

/**
 * Imports the ESCO v1.2 classification from its CSV download (one language: `occupations_it.csv`, `skills_it.csv`,
 * `occupationSkillRelations_it.csv`) into matching.occupations, matching.skills and matching.occupation_skills.
 *
 * The columns read, by header name (the others — hiddenLabels, status, modifiedDate, scopeNote, definition, inScheme,
 * regulatedProfessionNote, naceCode, … — are ignored, so their order and extra columns do not matter):
 */
export const ESCO_COLUMNS = {
  occupations: { uri: 'conceptUri', isco: 'iscoGroup', label: 'preferredLabel', altLabels: 'altLabels', description: 'description', code: 'code' },
  skills: { uri: 'conceptUri', label: 'preferredLabel', altLabels: 'altLabels', skillType: 'skillType', reuseLevel: 'reuseLevel' },
  relations: { occupation: 'occupationUri', relation: 'relationType', skill: 'skillUri' },
} as const;

export const escoFiles = (language = 'it') => ({
  occupations: `occupations_${language}.csv`,
  skills: `skills_${language}.csv`,
  relations: `occupationSkillRelations_${language}.csv`,
});

export interface EscoImportOptions {
  /** stored in `source`: e.g. 'esco-1.2', or 'sample' */
  source: string;
  /** language suffix of the files (default 'it') */
  language?: string;
  batchSize?: number;
}

export interface EscoImportResult {
  /** distinct concepts upserted (running twice gives the same numbers) */
  occupations: number;
  skills: number;
  relations: number;
  /**
   * rows left out: occupations without URI, label or a 4-digit ISCO group; skills without URI or label; relations
   * whose occupation or skill URI is not in the tables, or whose relationType is neither essential nor optional
   */
  skipped: { occupations: number; skills: number; relations: number };
}

const BATCH = 1000;

/**
 * Streams the three files and upserts by `esco_uri`, one multi-row statement per batch of 1,000 (unnest arrays) and one
 * transaction per file: a file either loads whole or not at all. Occupations and skills first, then the relations
 * (URIs mapped to ids; unknown URIs skipped and counted). Idempotent: unchanged rows are not rewritten.
 * Only one batch of a file is in memory at a time (plus the URI → id maps, ~17,000 entries for real ESCO).
 */
export async function importEsco(db: DataSource, dir: string, opts: EscoImportOptions): Promise<EscoImportResult> {
  const source = opts.source.trim();
  if (!source || source.length > 20) throw new Error(`ESCO import: source must be 1–20 characters (got ${JSON.stringify(opts.source)})`);
  const batchSize = opts.batchSize ?? BATCH;
  const names = escoFiles(opts.language);
  const files = {
    occupations: path.join(dir, names.occupations),
    skills: path.join(dir, names.skills),
    relations: path.join(dir, names.relations),
  };
  for (const f of Object.values(files)) {
    try {
      await access(f);
    } catch {
      throw new Error(`ESCO import: ${f} not found (expected ${Object.values(names).join(', ')} in ${dir})`);
    }
  }
  const occupations = await importOccupations(db, files.occupations, source, batchSize);
  const skills = await importSkills(db, files.skills, source, batchSize);
  const relations = await importRelations(db, files.relations, batchSize);
  return {
    occupations: occupations.count,
    skills: skills.count,
    relations: relations.count,
    skipped: { occupations: occupations.skipped, skills: skills.skipped, relations: relations.skipped },
  };
}

/**
 * The ISCO-08 unit group (4 digits) of an ESCO `iscoGroup` ("5223"); also accepts an ISCO group URI
 * (".../isco/C5223") or an ESCO occupation code ("5223.1.2"). Null when there are not 4 leading digits.
 */
export function iscoUnitGroup(value: string | undefined): string | null {
  const m = /^(?:.*\/C)?(\d{4})/.exec((value ?? '').trim());
  return m ? m[1]! : null;
}

/** ESCO puts one alternative label per line: trimmed, blanks and repeats dropped, joined with "\n". */
export function normalizeAltLabels(value: string | undefined): string {
  const seen = new Set<string>();
  for (const l of (value ?? '').split(/\r\n|\r|\n/)) {
    const t = l.trim();
    if (t) seen.add(t);
  }
  return [...seen].join('\n');
}

const text = (r: CsvRecord, col: string): string => (r[col] ?? '').trim();
const orNull = (s: string): string | null => (s === '' ? null : s);

async function* batches<T>(records: AsyncIterable<CsvRecord>, map: (r: CsvRecord) => T | null, size: number, onSkip: () => void): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const r of records) {
    const row = map(r);
    if (row === null) {
      onSkip();
      continue;
    }
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** last one wins for a key repeated within a batch (one INSERT … ON CONFLICT cannot touch a row twice) */
function uniqueBy<T>(rows: T[], key: (r: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

/**
 * One import of ESCO concepts (occupations or skills): the CSV read in batches of `size`, each record mapped (null:
 * skipped and counted), each batch written once per URI by `write`, all in one transaction.
 */
async function importConcepts<T extends { uri: string }>(
  db: DataSource,
  file: string,
  required: readonly string[],
  map: (r: CsvRecord) => T | null,
  size: number,
  write: (m: EntityManager, rows: T[]) => Promise<unknown>,
): Promise<{ count: number; skipped: number }> {
  let skipped = 0;
  const seen = new Set<string>();
  await db.transaction(async (m: EntityManager) => {
    for await (const batch of batches(readCsvFile(file, { required }), map, size, () => skipped++)) {
      const rows = uniqueBy(batch, (r) => r.uri);
      await write(m, rows);
      for (const r of rows) seen.add(r.uri);
    }
  });
  return { count: seen.size, skipped };
}

interface OccupationRow {
  uri: string;
  isco: string;
  label: string;
  altLabels: string;
  description: string | null;
}

async function importOccupations(db: DataSource, file: string, source: string, size: number): Promise<{ count: number; skipped: number }> {
  const c = ESCO_COLUMNS.occupations;
  const map = (r: CsvRecord): OccupationRow | null => {
    const uri = text(r, c.uri);
    const label = text(r, c.label);
    const isco = iscoUnitGroup(r[c.isco]) ?? iscoUnitGroup(r[c.code]);
    if (!uri || uri.length > 200 || !label || label.length > 300 || !isco) return null;
    return { uri, isco, label, altLabels: normalizeAltLabels(r[c.altLabels]), description: orNull(text(r, c.description)) };
  };
  return importConcepts(db, file, [c.uri, c.isco, c.label], map, size, (m, rows) =>
    m.query(
      `INSERT INTO matching.occupations (esco_uri, isco_code, label, alt_labels, description, source)
         SELECT u.esco_uri, u.isco_code, u.label, u.alt_labels, u.description, $6
           FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[], $5::text[]) AS u(esco_uri, isco_code, label, alt_labels, description)
         ON CONFLICT (esco_uri) DO UPDATE
            SET isco_code = EXCLUDED.isco_code, label = EXCLUDED.label, alt_labels = EXCLUDED.alt_labels,
                description = EXCLUDED.description, source = EXCLUDED.source
          WHERE (occupations.isco_code, occupations.label, occupations.alt_labels, occupations.description, occupations.source)
                IS DISTINCT FROM (EXCLUDED.isco_code, EXCLUDED.label, EXCLUDED.alt_labels, EXCLUDED.description, EXCLUDED.source)`,
      [rows.map((r) => r.uri), rows.map((r) => r.isco), rows.map((r) => r.label), rows.map((r) => r.altLabels), rows.map((r) => r.description), source],
    ),
  );
}

interface SkillRow {
  uri: string;
  label: string;
  altLabels: string;
  skillType: string | null;
  reuseLevel: string | null;
}

async function importSkills(db: DataSource, file: string, source: string, size: number): Promise<{ count: number; skipped: number }> {
  const c = ESCO_COLUMNS.skills;
  const map = (r: CsvRecord): SkillRow | null => {
    const uri = text(r, c.uri);
    const label = text(r, c.label);
    if (!uri || uri.length > 200 || !label || label.length > 300) return null;
    return {
      uri,
      label,
      altLabels: normalizeAltLabels(r[c.altLabels]),
      skillType: orNull(text(r, c.skillType).slice(0, 40)),
      reuseLevel: orNull(text(r, c.reuseLevel).slice(0, 40)),
    };
  };
  return importConcepts(db, file, [c.uri, c.label], map, size, (m, rows) =>
    m.query(
      `INSERT INTO matching.skills (esco_uri, label, alt_labels, skill_type, reuse_level, source)
         SELECT u.esco_uri, u.label, u.alt_labels, u.skill_type, u.reuse_level, $6
           FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[], $5::varchar[]) AS u(esco_uri, label, alt_labels, skill_type, reuse_level)
         ON CONFLICT (esco_uri) DO UPDATE
            SET label = EXCLUDED.label, alt_labels = EXCLUDED.alt_labels, skill_type = EXCLUDED.skill_type,
                reuse_level = EXCLUDED.reuse_level, source = EXCLUDED.source
          WHERE (skills.label, skills.alt_labels, skills.skill_type, skills.reuse_level, skills.source)
                IS DISTINCT FROM (EXCLUDED.label, EXCLUDED.alt_labels, EXCLUDED.skill_type, EXCLUDED.reuse_level, EXCLUDED.source)`,
      [rows.map((r) => r.uri), rows.map((r) => r.label), rows.map((r) => r.altLabels), rows.map((r) => r.skillType), rows.map((r) => r.reuseLevel), source],
    ),
  );
}

interface RelationRow {
  occupationId: number;
  skillId: number;
  relation: 'essential' | 'optional';
}

async function uriIds(m: EntityManager, table: 'occupations' | 'skills'): Promise<Map<string, number>> {
  const rows = (await m.query(`SELECT id, esco_uri FROM matching.${table}`)) as { id: number; esco_uri: string }[];
  return new Map(rows.map((r) => [r.esco_uri, r.id]));
}

async function importRelations(db: DataSource, file: string, size: number): Promise<{ count: number; skipped: number }> {
  const c = ESCO_COLUMNS.relations;
  let skipped = 0;
  let count = 0;
  await db.transaction(async (m: EntityManager) => {
    const occupations = await uriIds(m, 'occupations');
    const skills = await uriIds(m, 'skills');
    const map = (r: CsvRecord): RelationRow | null => {
      const occupationId = occupations.get(text(r, c.occupation));
      const skillId = skills.get(text(r, c.skill));
      const relation = text(r, c.relation).toLowerCase();
      if (occupationId === undefined || skillId === undefined || (relation !== 'essential' && relation !== 'optional')) return null;
      return { occupationId, skillId, relation };
    };
    for await (const batch of batches(readCsvFile(file, { required: [c.occupation, c.relation, c.skill] }), map, size, () => skipped++)) {
      const rows = uniqueBy(batch, (r) => `${r.occupationId}:${r.skillId}`);
      await m.query(
        `INSERT INTO matching.occupation_skills (occupation_id, skill_id, relation)
         SELECT * FROM unnest($1::int[], $2::int[], $3::varchar[])
         ON CONFLICT (occupation_id, skill_id) DO UPDATE SET relation = EXCLUDED.relation
          WHERE occupation_skills.relation IS DISTINCT FROM EXCLUDED.relation`,
        [rows.map((r) => r.occupationId), rows.map((r) => r.skillId), rows.map((r) => r.relation)],
      );
      count += rows.length;
    }
  });
  return { count, skipped };
}
