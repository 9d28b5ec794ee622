import { Injectable } from '@nestjs/common';

/** What the person's professional profile (owned by matching) says about the facts the DID also records. */
export interface ProfessionalFacts {
  experiences: { title: string; employer?: string; from: string; to?: string }[];
  education: { title: string; eqfLevel: number; year?: number }[];
  languages: { language: string; level: string }[];
  licences: string[];
}

export type ProfessionalFactsReader = (citizenId: string) => Promise<ProfessionalFacts | null>;

/**
 * The port through which the patto module reads the professional profile without importing matching (which imports
 * patto): matching registers its reader at start-up (`matching/profiles/profile-facts.provider.ts`), as other
 * modules add role sources to the registry. Without a reader (a test app without matching) there are no facts.
 */
@Injectable()
export class ProfessionalProfileSource {
  private reader: ProfessionalFactsReader | null = null;

  register(reader: ProfessionalFactsReader): void {
    this.reader = reader;
  }

  async factsOf(citizenId: string): Promise<ProfessionalFacts | null> {
    return this.reader ? this.reader(citizenId) : null;
  }
}
