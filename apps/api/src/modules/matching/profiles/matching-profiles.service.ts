import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { profileKeys } from '../engine/match-keys';
import { ValidatedSkillsRepository } from './validated-skills.repository';

export interface ValidatedCompetence {
  /** an ESCO skill URI of matching's taxonomy (competences without one are recorded nowhere) */
  escoUri: string;
  label: string;
  source: 'ivc';
  /** the attesting record, e.g. the IVC case id */
  ref: string;
}

/**
 * What other modules may read and add to a person's matching profile (exported). Validated competences become skills
 * of the profile, which the engine scores, so the distance to vacancies needing them shrinks; where each came from is
 * kept in matching.validated_skills.
 */
@Injectable()
export class MatchingProfilesService {
  constructor(private readonly repo: ValidatedSkillsRepository) {}

  /** The experiences of the person's saved profile (empty without one), in the profile's order. */
  async experiencesOf(citizenId: string): Promise<{ title: string; employer?: string; from: string; to?: string }[]> {
    const p = await this.repo.experiences(citizenId);
    return (p?.experiences ?? []).map((e) => ({ title: e.title, ...(e.employer ? { employer: e.employer } : {}), from: e.from, ...(e.to ? { to: e.to } : {}) }));
  }

  /**
   * In the caller's transaction: records each competence with its source and, when the person has a saved profile,
   * adds its skills to the profile (skill ids and the candidate index keys). Returns the skills added to the
   * profile and the URIs matching's taxonomy does not know.
   */
  async addValidatedCompetences(m: EntityManager, citizenId: string, items: ValidatedCompetence[]): Promise<{ added: number[]; unresolved: string[] }> {
    const ids = await this.repo.skillIdsByUri(m, [...new Set(items.map((i) => i.escoUri))]);
    const known = items.flatMap((i) => {
      const skillId = ids.get(i.escoUri);
      return skillId === undefined ? [] : [{ citizenId, skillId, source: i.source, ref: i.ref, label: i.label }];
    });
    await this.repo.record(m, known);
    const unresolved = [...new Set(items.filter((i) => !ids.has(i.escoUri)).map((i) => i.escoUri))];
    const profile = await this.repo.lockProfile(m, citizenId);
    if (!profile) return { added: [], unresolved };
    const added = [...new Set(known.map((k) => k.skillId))].filter((id) => !profile.skillIds.includes(id));
    if (added.length > 0) {
      const skillIds = [...profile.skillIds, ...added];
      const keys = profile.lat !== null && profile.lon !== null ? profileKeys(skillIds, Number(profile.lat), Number(profile.lon)) : [];
      await this.repo.setSkills(m, citizenId, skillIds, keys);
    }
    return { added, unresolved };
  }
}
