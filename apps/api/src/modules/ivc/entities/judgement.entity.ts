import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IvcCaseEntity } from './case.entity';
import { IvcCompetenceEntity } from './competence.entity';

/** The assessor's judgement of one competence of the case: validated / not validated, with notes. */
@Entity({ schema: 'ivc', name: 'judgements' })
@Check('judgements_outcome_check', `"outcome" IN ('validated', 'not_validated')`)
export class IvcJudgementEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'judgements_pkey' }) caseId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'judgements_pkey' }) competenceId!: string;
  @ManyToOne(() => IvcCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'judgements_case_fk' })
  case?: IvcCaseEntity;
  @ManyToOne(() => IvcCompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competence_id', foreignKeyConstraintName: 'judgements_competence_fk' })
  competence?: IvcCompetenceEntity;
  @Column({ type: 'varchar', length: 14 }) outcome!: 'validated' | 'not_validated';
  @Column({ type: 'varchar', length: 2000 }) notes!: string;
  @Column({ type: 'varchar', length: 16 }) judgedBy!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) judgedAt!: Date;
}
