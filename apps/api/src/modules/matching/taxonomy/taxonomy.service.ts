import { Injectable } from '@nestjs/common';
import { ErrorCode, type ComuneResponse, type TaxonomyItemResponse } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../platform/errors/domain-error';
import { TaxonomyRepository, type ComunePoint } from './taxonomy.repository';

/** ESCO occupations and skills, comuni centroids: lookups and autocomplete (trigram index on lower(label)). */
@Injectable()
export class TaxonomyService {
  constructor(private readonly repo: TaxonomyRepository) {}

  async searchSkills(q: string, limit = 10): Promise<TaxonomyItemResponse[]> {
    const rows = await this.repo.searchSkills(q.trim(), limit);
    return rows.map((r) => ({ id: r.id, label: r.label, ...(r.code ? { code: r.code } : {}), source: r.source }));
  }

  searchOccupations(q: string, limit = 10): Promise<TaxonomyItemResponse[]> {
    return this.repo.searchOccupations(q.trim(), limit);
  }

  searchComuni(q: string): Promise<ComuneResponse[]> {
    return this.repo.searchComuni(q.trim());
  }

  async comune(istat: string, pointer = '/comuneIstat', m?: EntityManager): Promise<ComunePoint> {
    const row = await this.repo.comune(istat, m);
    if (!row) throw new DomainError(ErrorCode.COMUNE_UNKNOWN, `No comune ${istat}`, [{ pointer, detail: 'unknown ISTAT code', constraint: 'exists' }]);
    return row;
  }

  async comuneNames(istats: string[]): Promise<Map<string, string>> {
    if (istats.length === 0) return new Map();
    return new Map((await this.repo.comuneNames(istats)).map((r) => [r.istat, r.name]));
  }

  /** Labels of skills (ids) — one query for a whole result list. */
  async skillLabels(ids: number[]): Promise<Map<number, string>> {
    const uniq = [...new Set(ids)];
    if (uniq.length === 0) return new Map();
    return new Map((await this.repo.skillLabels(uniq)).map((r) => [r.id, r.label]));
  }

  async occupations(ids: number[]): Promise<Map<number, { label: string; iscoCode: string }>> {
    const uniq = [...new Set(ids)];
    if (uniq.length === 0) return new Map();
    return new Map((await this.repo.occupations(uniq)).map((r) => [r.id, { label: r.label, iscoCode: r.iscoCode }]));
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
    if (bad >= 0)
      throw new DomainError(ErrorCode.TAXONOMY_UNKNOWN, `Unknown occupation ${ids[bad]}`, [{ pointer: pointer(bad), detail: 'unknown occupation', constraint: 'exists' }]);
    return known;
  }

  /** Essential skills of the given occupations (ESCO relations), for suggestions. */
  async essentialSkills(occupationIds: number[]): Promise<number[]> {
    if (occupationIds.length === 0) return [];
    return this.repo.essentialSkills(occupationIds);
  }
}
