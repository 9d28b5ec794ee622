import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One question of a set, in both languages. */
export interface SurveyQuestion {
  code: string;
  it: string;
  en: string;
}

/**
 * The questions asked after a kind of service, as versioned data: a new wording is a new version (answers keep the
 * version they were asked with); invitations take the latest version valid on their day.
 */
@Entity({ schema: 'surveys', name: 'question_sets' })
@Check('question_sets_service_kind_check', `"service_kind" IN ('appointment', 'patto', 'certificate', 'vacancy')`)
export class QuestionSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'question_sets_pkey' }) serviceKind!: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'question_sets_pkey' }) version!: number;
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'jsonb' }) questions!: SurveyQuestion[];
}
