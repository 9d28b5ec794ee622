import type { DataSource, EntityManager } from 'typeorm';
import { readCsvFile, type CsvRecord } from './csv';

/** Header of a comuni file: ISTAT code (6 digits), name, province (sigla), centroid latitude and longitude (WGS84). */
export const COMUNI_COLUMNS = ['istat', 'name', 'province', 'lat', 'lon'] as const;

export interface ComuniImportResult {
  comuni: number;
  /** rows left out: ISTAT code not of 6 digits, no name, province not two letters, lat/lon not valid numbers */
  skipped: number;
}

interface ComuneRow {
  istat: string;
  name: string;
  province: string;
  lat: number;
  lon: number;
}

/** A decimal number, also with a decimal comma (a quoted "45,07"); NaN otherwise. */
function decimal(v: string | undefined): number {
  const s = (v ?? '').trim().replace(',', '.');
  return s === '' ? NaN : Number(s);
}

export function parseComune(r: CsvRecord): ComuneRow | null {
  let istat = (r['istat'] ?? '').trim();
  if (/^\d{4,5}$/.test(istat)) istat = istat.padStart(6, '0'); // leading zeros lost by a spreadsheet
  const name = (r['name'] ?? '').trim();
  const province = (r['province'] ?? '').trim().toUpperCase();
  const lat = decimal(r['lat']);
  const lon = decimal(r['lon']);
  if (!/^\d{6}$/.test(istat) || !name || name.length > 120 || !/^[A-Z]{2}$/.test(province)) return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { istat, name, province, lat, lon };
}

/**
 * Upserts comuni with their centroids by ISTAT code from a CSV with header `istat,name,province,lat,lon`, in batches
 * of 1,000 (one multi-row statement each) and one transaction. Idempotent.
 */
export async function importComuni(db: DataSource, file: string, batchSize = 1000): Promise<ComuniImportResult> {
  let skipped = 0;
  const seen = new Set<string>();
  await db.transaction(async (m: EntityManager) => {
    let batch = new Map<string, ComuneRow>();
    const flush = async () => {
      if (batch.size === 0) return;
      const rows = [...batch.values()];
      await m.query(
        `INSERT INTO matching.comuni (istat, name, province, lat, lon)
         SELECT * FROM unnest($1::char(6)[], $2::varchar[], $3::char(2)[], $4::float8[], $5::float8[])
         ON CONFLICT (istat) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province, lat = EXCLUDED.lat, lon = EXCLUDED.lon
          WHERE (comuni.name, comuni.province, comuni.lat, comuni.lon) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.province, EXCLUDED.lat, EXCLUDED.lon)`,
        [rows.map((r) => r.istat), rows.map((r) => r.name), rows.map((r) => r.province), rows.map((r) => r.lat), rows.map((r) => r.lon)],
      );
      for (const r of rows) seen.add(r.istat);
      batch = new Map();
    };
    for await (const rec of readCsvFile(file, { required: COMUNI_COLUMNS })) {
      const row = parseComune(rec);
      if (!row) {
        skipped++;
        continue;
      }
      batch.set(row.istat, row);
      if (batch.size >= batchSize) await flush();
    }
    await flush();
  });
  return { comuni: seen.size, skipped };
}
