import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface PattoTemplateContent {
  jobSearchActs: string;
  contactFrequencyDays: number;
  proofOfSearch: string;
  availability: { workshops: boolean; training: boolean; congruousOffers: boolean };
  actions: { type: string; title: string; provider: 'cpi' | 'agency'; dueInDays: number }[];
}

/** The starting text of a patto per GOL pathway (data, editable by the region). */
@Entity({ schema: 'patto', name: 'templates' })
export class PattoTemplateEntity {
  @PrimaryColumn({ type: 'int' }) pathway!: number;
  @Column({ type: 'jsonb' }) content!: PattoTemplateContent;
}
