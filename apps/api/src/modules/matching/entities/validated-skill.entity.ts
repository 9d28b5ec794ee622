import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A skill of a person's profile that another process attested, with its source (e.g. `ivc`: a competence validated
 * under D.Lgs. 13/2013, `ref` = the validation case). The skill is also in `profiles.skill_ids` (what the engine
 * scores); this table says where it came from. Written through MatchingProfilesService.addValidatedCompetences.
 */
@Entity({ schema: 'matching', name: 'validated_skills' })
export class ValidatedSkillEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'validated_skills_pkey' }) citizenId!: string;
  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'validated_skills_pkey' }) skillId!: number;
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'validated_skills_pkey' }) source!: string;
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'validated_skills_pkey' }) ref!: string;
  /** the attested competence's title, as the source named it */
  @Column({ type: 'varchar', length: 300 }) label!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) addedAt!: Date;
}
