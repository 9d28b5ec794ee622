import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProfileEntity } from '../entities/profile.entity';

/** Queries of skills attested by other processes (matching.validated_skills) and the profile columns they change. */
@Injectable()
export class ValidatedSkillsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async skillIdsByUri(m: EntityManager, uris: string[]): Promise<Map<string, number>> {
    if (uris.length === 0) return new Map();
    const rows = (await m.query(`SELECT id, esco_uri AS "uri" FROM matching.skills WHERE esco_uri = ANY($1::text[])`, [uris])) as { id: number; uri: string }[];
    return new Map(rows.map((r) => [r.uri, r.id]));
  }

  async record(m: EntityManager, rows: { citizenId: string; skillId: number; source: string; ref: string; label: string }[]): Promise<void> {
    for (const r of rows) {
      await m.query(`INSERT INTO matching.validated_skills (citizen_id, skill_id, source, ref, label) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [
        r.citizenId,
        r.skillId,
        r.source,
        r.ref,
        r.label.slice(0, 300),
      ]);
    }
  }

  /** The profile's skills and location, locked for the change. */
  async lockProfile(m: EntityManager, citizenId: string): Promise<{ skillIds: number[]; lat: number | null; lon: number | null } | null> {
    const rows = (await m.query(`SELECT skill_ids AS "skillIds", location[1] AS lat, location[0] AS lon FROM matching.profiles WHERE citizen_id = $1 FOR UPDATE`, [citizenId])) as {
      skillIds: number[];
      lat: number | null;
      lon: number | null;
    }[];
    return rows[0] ?? null;
  }

  async setSkills(m: EntityManager, citizenId: string, skillIds: number[], matchKeys: number[]): Promise<void> {
    await m.getRepository(ProfileEntity).update({ citizenId }, { skillIds, matchKeys });
  }

  experiences(citizenId: string): Promise<ProfileEntity | null> {
    return this.db.getRepository(ProfileEntity).findOne({ select: { citizenId: true, experiences: true }, where: { citizenId } });
  }
}
