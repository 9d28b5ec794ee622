import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface ProfileExperience {
  occupationId: number | null;
  title: string;
  employer?: string;
  from: string;
  to?: string;
  tasks?: string;
}
export interface ProfileEducation {
  title: string;
  eqfLevel: number;
  year?: number;
}
/** rank: A1=1 … C2=6, native=7 */
export interface ProfileLanguage {
  language: string;
  level: string;
  rank: number;
}

/**
 * A person's professional profile. The arrays the engine filters on are kept here; `match_keys` (skill × place,
 * engine/match-keys.ts) carries the GIN index the candidates query uses.
 */
@Entity({ schema: 'matching', name: 'profiles' })
@Check('profiles_visibility_check', `"visibility" IN ('nobody', 'cpi_agencies', 'employers_anonymous', 'employers_named')`)
@Check('profiles_max_km_check', `"max_km" BETWEEN 1 AND 150`)
@Check('profiles_hours_check', `"hours" IN ('full', 'part', 'any')`)
/** gin (match_keys gin__int_ops) WHERE available AND visibility <> 'nobody', created in a migration: the candidate index */
@Index('profiles_match_keys_gin', { synchronize: false })
export class ProfileEntity {
  @PrimaryColumn({ type: 'uuid' }) citizenId!: string;
  @Column({ type: 'varchar', length: 20, default: 'cpi_agencies' }) visibility!: string;
  @Column({ type: 'char', length: 6, nullable: true }) comuneIstat!: string | null;
  /** point(lon, lat) of the comune centroid */
  @Column({ type: 'point', nullable: true }) location!: string | null;
  @Column({ type: 'smallint', default: 30 }) maxKm!: number;
  @Column({ type: 'smallint', nullable: true }) maxMinutes!: number | null;
  @Column({ type: 'boolean', default: false }) ownVehicle!: boolean;
  @Column({ type: 'varchar', length: 5, default: 'any' }) hours!: string;
  @Column({ type: 'boolean', default: true }) shifts!: boolean;
  @Column({ type: 'text', array: true, default: '{}' }) contractTypes!: string[];
  @Column({ type: 'int', array: true, default: '{}' }) targetOccupationIds!: number[];
  /** experience ∪ target occupations */
  @Column({ type: 'int', array: true, default: '{}' }) occupationIds!: number[];
  /** ISCO-08 minor groups (3 digits) of those occupations */
  @Column({ type: 'int', array: true, default: '{}' }) iscoGroups!: number[];
  @Column({ type: 'int', array: true, default: '{}' }) skillIds!: number[];
  /** skill × 1024 + grid cell of the location, for the candidate index (engine/match-keys.ts) */
  @Column({ type: 'int', array: true, default: '{}' }) matchKeys!: number[];
  @Column({ type: 'smallint', default: 0 }) eqf!: number;
  @Column({ type: 'jsonb', default: '[]' }) languages!: ProfileLanguage[];
  @Column({ type: 'text', array: true, default: '{}' }) licences!: string[];
  @Column({ type: 'jsonb', default: '[]' }) experiences!: ProfileExperience[];
  @Column({ type: 'jsonb', default: '[]' }) education!: ProfileEducation[];
  @Column({ type: 'boolean', default: true }) available!: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
