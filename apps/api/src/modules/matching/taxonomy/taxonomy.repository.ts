import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ComuneResponse } from '@opencpi/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../../database/prepared-query';

export interface TaxonomyRow {
  id: number;
  label: string;
  code: string | null;
  source: string;
}
export interface ComunePoint {
  istat: string;
  name: string;
  lat: number;
  lon: number;
}

/** The taxonomy's queries: ESCO occupations and skills (trigram index on lower(label)), comuni centroids. */
@Injectable()
export class TaxonomyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  searchSkills(q: string, limit: number): Promise<TaxonomyRow[]> {
    return this.db.query(
      `SELECT id, label, skill_type AS code, source FROM matching.skills
        WHERE lower(label) LIKE '%' || lower($1) || '%' ORDER BY (lower(label) LIKE lower($1) || '%') DESC, similarity(lower(label), lower($1)) DESC, label LIMIT $2`,
      [q, limit],
    );
  }

  searchOccupations(q: string, limit: number): Promise<{ id: number; label: string; code: string; source: string }[]> {
    return this.db.query(
      `SELECT id, label, isco_code AS code, source FROM matching.occupations
        WHERE lower(label) LIKE '%' || lower($1) || '%' OR lower(alt_labels) LIKE '%' || lower($1) || '%'
        ORDER BY (lower(label) LIKE lower($1) || '%') DESC, similarity(lower(label), lower($1)) DESC, label LIMIT $2`,
      [q, limit],
    );
  }

  searchComuni(q: string): Promise<ComuneResponse[]> {
    return this.db.query(`SELECT istat, name, province FROM matching.comuni WHERE lower(name) LIKE lower($1) || '%' OR istat = $1 ORDER BY name LIMIT 10`, [q]);
  }

  async comune(istat: string, m: EntityManager = this.db.manager): Promise<ComunePoint | null> {
    const rows = (await m.query(`SELECT istat, name, lat, lon FROM matching.comuni WHERE istat = $1`, [istat])) as ComunePoint[];
    return rows[0] ?? null;
  }

  comuneNames(istats: string[]): Promise<{ istat: string; name: string }[]> {
    return queryPrepared(this.db, `SELECT istat, name FROM matching.comuni WHERE istat = ANY($1::char(6)[])`, [istats]);
  }

  skillLabels(ids: number[]): Promise<{ id: number; label: string }[]> {
    return queryPrepared(this.db, `SELECT id, label FROM matching.skills WHERE id = ANY($1::int[])`, [ids]);
  }

  occupations(ids: number[]): Promise<{ id: number; label: string; iscoCode: string }[]> {
    return queryPrepared(this.db, `SELECT id, label, isco_code AS "iscoCode" FROM matching.occupations WHERE id = ANY($1::int[])`, [ids]);
  }

  async essentialSkills(occupationIds: number[]): Promise<number[]> {
    const rows = (await this.db.query(`SELECT DISTINCT skill_id AS id FROM matching.occupation_skills WHERE occupation_id = ANY($1::int[]) AND relation = 'essential'`, [
      occupationIds,
    ])) as { id: number }[];
    return rows.map((r) => r.id);
  }
}
