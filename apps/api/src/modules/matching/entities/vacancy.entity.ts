import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ProfileLanguage } from './profile.entity';

export interface VacancyFlag {
  code: string;
  field: string;
  excerpt: string;
  reason: string;
  source: string;
}

/** A job vacancy from a company (company area) or entered by an operator; published only without open flags. */
@Entity({ schema: 'matching', name: 'vacancies' })
@Check('vacancies_status_check', `"status" IN ('draft', 'published', 'closed')`)
@Check('vacancies_moderation_check', `"moderation" IN ('pending', 'approved', 'rejected')`)
@Check('vacancies_pay_check', `"pay_min" IS NULL OR "pay_max" IS NULL OR "pay_min" <= "pay_max"`)
@Check('vacancies_weights_check', `cardinality("required_skill_ids") = cardinality("required_weights")`)
@Index('vacancies_location_gist', { synchronize: false })
@Index('vacancies_required_gin', { synchronize: false })
@Index('vacancies_status_idx', ['status', 'expiresOn'])
export class VacancyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index() @Column({ type: 'uuid', nullable: true }) companyId!: string | null;
  @Index() @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'char', length: 16 }) createdBy!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'int' }) occupationId!: number;
  @Column({ type: 'int' }) iscoGroup!: number;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'int', array: true, default: '{}' }) requiredSkillIds!: number[];
  /** 1–5, parallel to requiredSkillIds */
  @Column({ type: 'int', array: true, default: '{}' }) requiredWeights!: number[];
  @Column({ type: 'int', array: true, default: '{}' }) optionalSkillIds!: number[];
  @Column({ type: 'smallint', default: 0 }) minEqf!: number;
  @Column({ type: 'jsonb', default: '[]' }) languages!: ProfileLanguage[];
  @Column({ type: 'text', array: true, default: '{}' }) licences!: string[];
  @Column({ type: 'char', length: 6 }) comuneIstat!: string;
  @Column({ type: 'point' }) location!: string;
  @Column({ type: 'varchar', length: 20 }) contractType!: string;
  @Column({ type: 'varchar', length: 5 }) hours!: string;
  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true }) payMin!: string | null;
  @Column({ type: 'numeric', precision: 9, scale: 2, nullable: true }) payMax!: string | null;
  @Column({ type: 'smallint', nullable: true }) durationMonths!: number | null;
  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'smallint', default: 1 }) positions!: number;
  @Column({ type: 'date' }) expiresOn!: string;
  @Column({ type: 'varchar', length: 10, default: 'draft' }) status!: 'draft' | 'published' | 'closed';
  @Column({ type: 'varchar', length: 10, default: 'pending' }) moderation!: 'pending' | 'approved' | 'rejected';
  @Column({ type: 'varchar', length: 300, nullable: true }) moderationNote!: string | null;
  @Column({ type: 'jsonb', default: '[]' }) flags!: VacancyFlag[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
}
