import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IvcQualificationEntity } from './qualification.entity';

/** A competence (unit of competence) of a qualification, with its ADA reference and the ESCO skills it stands for in matching. */
@Entity({ schema: 'ivc', name: 'competences' })
@Index('competences_qualification_code_key', ['qualificationId', 'code'], { unique: true })
export class IvcCompetenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'competences_pkey' }) id!: string;
  @Column({ type: 'uuid' }) qualificationId!: string;
  @ManyToOne(() => IvcQualificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'qualification_id', foreignKeyConstraintName: 'competences_qualification_fk' })
  qualification?: IvcQualificationEntity;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'varchar', length: 60, nullable: true }) adaRef!: string | null;
  /** ESCO skill URIs this competence stands for (what the matching profile gains when it is validated) */
  @Column({ type: 'text', array: true, default: '{}' }) escoSkillUris!: string[];
  @Column({ type: 'smallint', default: 0 }) position!: number;
}
