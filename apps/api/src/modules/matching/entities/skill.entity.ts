import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An ESCO skill or knowledge concept (v1.2). */
@Entity({ schema: 'matching', name: 'skills' })
/** gin (lower(label) gin_trgm_ops), created in the migration: autocomplete */
@Index('skills_label_trgm_idx', { synchronize: false })
export class SkillEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 200, unique: true }) escoUri!: string;
  @Column({ type: 'varchar', length: 300 }) label!: string;
  @Column({ type: 'text', default: '' }) altLabels!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) skillType!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) reuseLevel!: string | null;
  @Column({ type: 'varchar', length: 20 }) source!: string;
}
