import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ParsedQualification } from '../domain/repertoire-rows';
import { IvcCompetenceEntity } from '../entities/competence.entity';
import { IvcQualificationEntity } from '../entities/qualification.entity';

export type QualificationWithCompetences = IvcQualificationEntity & { competences: IvcCompetenceEntity[] };

/**
 * Upserts qualifications by (region, code) and their competences by code, in the caller's transaction. A competence no
 * longer in the file is removed unless a judgement refers to it (a case's record never loses its competence).
 */
export async function upsertQualifications(
  m: EntityManager,
  items: readonly ParsedQualification[],
  flags: { sample: boolean; verified: boolean },
): Promise<{ qualifications: number; competences: number }> {
  let competences = 0;
  for (const q of items) {
    const [row] = (await m.query(
      `INSERT INTO ivc.qualifications (region, code, title, eqf_level, ada_refs, source, sample, verified)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (region, code) DO UPDATE SET title = EXCLUDED.title, eqf_level = EXCLUDED.eqf_level, ada_refs = EXCLUDED.ada_refs,
         source = EXCLUDED.source, sample = EXCLUDED.sample, verified = EXCLUDED.verified, imported_at = now()
       RETURNING id`,
      [q.region, q.code, q.title, q.eqfLevel, q.adaRefs, q.source, flags.sample, flags.verified],
    )) as { id: string }[];
    for (const [i, c] of q.competences.entries()) {
      await m.query(
        `INSERT INTO ivc.competences (qualification_id, code, title, description, ada_ref, esco_skill_uris, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (qualification_id, code) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description, ada_ref = EXCLUDED.ada_ref,
           esco_skill_uris = EXCLUDED.esco_skill_uris, position = EXCLUDED.position`,
        [row!.id, c.code, c.title, c.description, c.adaRef, c.escoSkillUris, i],
      );
      competences++;
    }
    await m.query(
      `DELETE FROM ivc.competences c WHERE c.qualification_id = $1 AND NOT (c.code = ANY($2::text[]))
         AND NOT EXISTS (SELECT 1 FROM ivc.judgements j WHERE j.competence_id = c.id)`,
      [row!.id, q.competences.map((c) => c.code)],
    );
  }
  return { qualifications: items.length, competences };
}

/** Every query of the repertoire. */
@Injectable()
export class RepertoireRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(q: { words: string[]; region?: string; limit: number }): Promise<QualificationWithCompetences[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.region) where.push(`region = $${params.push(q.region)}`);
    for (const w of q.words) where.push(`(title ILIKE $${params.push(`%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} OR code ILIKE $${params.length})`);
    const ids = (await this.db.query(
      `SELECT id FROM ivc.qualifications ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY region, title, code LIMIT $${params.push(q.limit)}`,
      params,
    )) as { id: string }[];
    return this.byIds(ids.map((r) => r.id));
  }

  async byIds(ids: readonly string[]): Promise<QualificationWithCompetences[]> {
    if (ids.length === 0) return [];
    const quals = await this.db
      .getRepository(IvcQualificationEntity)
      .createQueryBuilder('q')
      .where('q.id IN (:...ids)', { ids })
      .orderBy('q.region')
      .addOrderBy('q.title')
      .getMany();
    const comps = await this.db
      .getRepository(IvcCompetenceEntity)
      .createQueryBuilder('c')
      .where('c.qualificationId IN (:...ids)', { ids })
      .orderBy('c.position')
      .addOrderBy('c.code')
      .getMany();
    return quals.map((q) => ({ ...q, competences: comps.filter((c) => c.qualificationId === q.id) }));
  }

  async byId(id: string): Promise<QualificationWithCompetences | null> {
    return (await this.byIds([id]))[0] ?? null;
  }
}
