import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IvcCaseEntity } from './case.entity';

/** One piece of the identification dossier: an experience of the matching profile (copied as it was), a dossier document, or a note. */
@Entity({ schema: 'ivc', name: 'evidence' })
@Index('evidence_case_idx', ['caseId', 'addedAt'])
@Check('evidence_kind_check', `"kind" IN ('experience', 'document', 'note')`)
@Check('evidence_document_check', `("document_id" IS NOT NULL) = ("kind" = 'document')`)
@Check('evidence_experience_check', `("experience" IS NOT NULL) = ("kind" = 'experience')`)
@Check('evidence_note_check', `"kind" <> 'note' OR "text" IS NOT NULL`)
export class IvcEvidenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'evidence_pkey' }) id!: string;
  @Column({ type: 'uuid' }) caseId!: string;
  @ManyToOne(() => IvcCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'evidence_case_fk' })
  case?: IvcCaseEntity;
  @Column({ type: 'varchar', length: 10 }) kind!: 'experience' | 'document' | 'note';
  @Column({ type: 'jsonb', nullable: true }) experience!: { title: string; employer?: string; from: string; to?: string } | null;
  @Column({ type: 'uuid', nullable: true }) documentId!: string | null;
  @Column({ type: 'varchar', length: 400 }) label!: string;
  @Column({ type: 'text', nullable: true }) text!: string | null;
  @Column({ type: 'uuid', array: true, default: '{}' }) competenceIds!: string[];
  @Column({ type: 'uuid' }) addedByStaffId!: string;
  @Column({ type: 'varchar', length: 200 }) addedByName!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) addedAt!: Date;
}
