import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ProfessionalProfileSource } from '../../patto/profile-facts/professional-profile-source';
import { ProfilesRepository } from './profiles.repository';

/**
 * Gives the patto module the saved professional profile's experiences, education, languages and licences (the facts
 * the DID records too): profiling counts them, and the DID form is pre-filled with them. Matching stays their owner.
 */
@Injectable()
export class ProfileFactsProvider implements OnModuleInit {
  constructor(
    private readonly source: ProfessionalProfileSource,
    private readonly repo: ProfilesRepository,
  ) {}

  onModuleInit(): void {
    this.source.register(async (citizenId) => {
      const p = await this.repo.byCitizen(citizenId);
      if (!p) return null;
      return {
        experiences: p.experiences.map((e) => ({ title: e.title, ...(e.employer ? { employer: e.employer } : {}), from: e.from, ...(e.to ? { to: e.to } : {}) })),
        education: p.education.map((e) => ({ title: e.title, eqfLevel: e.eqfLevel, ...(e.year ? { year: e.year } : {}) })),
        languages: p.languages.map((l) => ({ language: l.language, level: l.level })),
        licences: p.licences,
      };
    });
  }
}
