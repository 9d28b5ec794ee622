import { CreateDateColumn, Entity, Index, PrimaryColumn, Column } from 'typeorm';

/** Which agency published which vacancy of the matching engine (the vacancy itself is the matching module's). */
@Entity({ schema: 'agencies', name: 'agency_vacancies' })
@Index('agency_vacancies_agency_idx', ['agencyId', 'createdAt'])
export class AgencyVacancyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'agency_vacancies_pkey' }) vacancyId!: string;
  @Column({ type: 'uuid' }) agencyId!: string;
  @Column({ type: 'varchar', length: 80 }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
