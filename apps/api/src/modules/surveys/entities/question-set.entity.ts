import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { Locale } from '../../../platform/i18n/locale';

/** One question of a set, in every language a person can choose (a check of the table requires all five). */
export type SurveyQuestion = { code: string } & Record<Locale, string>;

/**
 * The questions asked after a kind of service, as versioned data: a new wording is a new version (answers keep the
 * version they were asked with); invitations take the latest version valid on their day.
 */
@Entity({ schema: 'surveys', name: 'question_sets' })
@Check('question_sets_service_kind_check', `"service_kind" IN ('appointment', 'patto', 'certificate', 'vacancy')`)
@Check('question_sets_every_language_check', `NOT jsonb_path_exists("questions", '$[*] ? (!(exists(@.it) && exists(@.en) && exists(@.ar) && exists(@.ro) && exists(@.uk)))')`)
export class QuestionSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'question_sets_pkey' }) serviceKind!: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'question_sets_pkey' }) version!: number;
  @Column({ type: 'date' }) validFrom!: string;
  @Column({ type: 'jsonb' }) questions!: SurveyQuestion[];
}
