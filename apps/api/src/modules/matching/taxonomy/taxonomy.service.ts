import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type ComuneResponse, type TaxonomyItemResponse } from '@opencpi/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../../database/prepared-query';
import { DomainError } from '../../../platform/errors/domain-error';

/** ESCO occupations and skills, comuni centroids: lookups and autocomplete (trigram index on lower(label)). */
@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  async searchSkills(q: string, limit = 10): Promise<TaxonomyItemResponse[]> {
    const rows = (await this.db.query(
      `SELECT id, label, skill_type AS code, source FROM matching.skills
        WHERE lower(label) LIKE '%' || lower($1) || '%' ORDER BY (lower(label) LIKE lower($1) || '%') DESC, similarity(lower(label), lower($1)) DESC, label LIMIT $2`,
      [q.trim(), limit],
    )) as { id: number; label: string; code: string | null; source: string }[];
    return rows.map((r) => ({ id: r.id, label: r.label, ...(r.code ? { code: r.code } : {}), source: r.source }));
  }

  async searchOccupations(q: string, limit = 10): Promise<TaxonomyItemResponse[]> {
    const rows = (await this.db.query(
      `SELECT id, label, isco_code AS code, source FROM matching.occupations
        WHERE lower(label) LIKE '%' || lower($1) || '%' OR lower(alt_labels) LIKE '%' || lower($1) || '%'
        ORDER BY (lower(label) LIKE lower($1) || '%') DESC, similarity(lower(label), lower($1)) DESC, label LIMIT $2`,
      [q.trim(), limit],
    )) as { id: number; label: string; code: string; source: string }[];
    return rows;
  }

  async searchComuni(q: string): Promise<ComuneResponse[]> {
    return (await this.db.query(
      `SELECT istat, name, province FROM matching.comuni WHERE lower(name) LIKE lower($1) || '%' OR istat = $1 ORDER BY name LIMIT 10`, [q.trim()],
    )) as ComuneResponse[];
  }

  async comune(istat: string, pointer = '/comuneIstat', m: EntityManager = this.db.manager): Promise<{ istat: string; name: string; lat: number; lon: number }> {
    const rows = (await m.query(`SELECT istat, name, lat, lon FROM matching.comuni WHERE istat = $1`, [istat])) as { istat: string; name: string; lat: number; lon: number }[];
    if (!rows[0]) throw new DomainError(ErrorCode.COMUNE_UNKNOWN, `No comune ${istat}`, [{ pointer, detail: 'unknown ISTAT code', constraint: 'exists' }]);
    return rows[0];
  }

  async comuneNames(istats: string[]): Promise<Map<string, string>> {
    if (istats.length === 0) return new Map();
    const rows = (await queryPrepared(this.db, `SELECT istat, name FROM matching.comuni WHERE istat = ANY($1::char(6)[])`, [istats])) as { istat: string; name: string }[];
    return new Map(rows.map((r) => [r.istat, r.name]));
  }

  /** Labels of skills (ids) — one query for a whole result list. */
  async skillLabels(ids: number[]): Promise<Map<number, string>> {
    const uniq = [...new Set(ids)];
    if (uniq.length === 0) return new Map();
    const rows = (await queryPrepared(this.db, `SELECT id, label FROM matching.skills WHERE id = ANY($1::int[])`, [uniq])) as { id: number; label: string }[];
    return new Map(rows.map((r) => [r.id, r.label]));
  }

  async occupations(ids: number[]): Promise<Map<number, { label: string; iscoCode: string }>> {
    const uniq = [...new Set(ids)];
    if (uniq.length === 0) return new Map();
    const rows = (await queryPrepared(this.db, `SELECT id, label, isco_code AS "iscoCode" FROM matching.occupations WHERE id = ANY($1::int[])`, [uniq])) as { id: number; label: string; iscoCode: string }[];
    return new Map(rows.map((r) => [r.id, { label: r.label, iscoCode: r.iscoCode }]));
  }

  /** Refuses ids that are not in the taxonomy, naming the field (e.g. `/skillIds/3`). */
  async requireSkills(ids: number[], pointer: (i: number) => string): Promise<void> {
    const known = await this.skillLabels(ids);
    const bad = ids.findIndex((id) => !known.has(id));
    if (bad >= 0) throw new DomainError(ErrorCode.TAXONOMY_UNKNOWN, `Unknown skill ${ids[bad]}`, [{ pointer: pointer(bad), detail: 'unknown skill', constraint: 'exists' }]);
  }
  async requireOccupations(ids: number[], pointer: (i: number) => string): Promise<Map<number, { label: string; iscoCode: string }>> {
    const known = await this.occupations(ids);
    const bad = ids.findIndex((id) => !known.has(id));
    if (bad >= 0) throw new DomainError(ErrorCode.TAXONOMY_UNKNOWN, `Unknown occupation ${ids[bad]}`, [{ pointer: pointer(bad), detail: 'unknown occupation', constraint: 'exists' }]);
    return known;
  }

  /** Essential skills of the given occupations (ESCO relations), for suggestions. */
  async essentialSkills(occupationIds: number[]): Promise<number[]> {
    if (occupationIds.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT DISTINCT skill_id AS id FROM matching.occupation_skills WHERE occupation_id = ANY($1::int[]) AND relation = 'essential'`, [occupationIds],
    )) as { id: number }[];
    return rows.map((r) => r.id);
  }
}
