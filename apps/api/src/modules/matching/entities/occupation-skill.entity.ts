import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** ESCO occupation–skill relation: essential or optional. */
@Entity({ schema: 'matching', name: 'occupation_skills' })
@Check('occupation_skills_relation_check', `"relation" IN ('essential', 'optional')`)
export class OccupationSkillEntity {
  @PrimaryColumn({ type: 'int' }) occupationId!: number;
  @Index() @PrimaryColumn({ type: 'int' }) skillId!: number;
  @Column({ type: 'varchar', length: 10 }) relation!: 'essential' | 'optional';
}
