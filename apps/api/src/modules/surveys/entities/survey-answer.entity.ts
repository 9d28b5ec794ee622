import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyInvitationEntity } from './survey-invitation.entity';

/**
 * The answer to a survey: at most one per invitation (its primary key), so a second answer cannot be recorded.
 * The comment can be withdrawn by its author: it is then erased and the withdrawal's time kept.
 */
@Entity({ schema: 'surveys', name: 'answers' })
@Index('answers_answered_on_idx', ['answeredOn'])
@Check('answers_rating_check', `"rating" BETWEEN 1 AND 5`)
@Check('answers_withdrawn_check', `"comment_withdrawn_at" IS NULL OR "comment" IS NULL`)
export class SurveyAnswerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'answers_pkey' }) invitationId!: string;
  @ManyToOne(() => SurveyInvitationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invitation_id', foreignKeyConstraintName: 'answers_invitation_fk' })
  invitation?: SurveyInvitationEntity;
  @Column({ type: 'smallint' }) rating!: number;
  /** [{ code, value 1–5 }] of the question set's version */
  @Column({ type: 'jsonb' }) answers!: { code: string; value: number }[];
  @Column({ type: 'varchar', length: 1000, nullable: true }) comment!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) commentWithdrawnAt!: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) answeredAt!: Date;
  /** Europe/Rome day of the answer (the results' period) */
  @Column({ type: 'date' }) answeredOn!: string;
}
