import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'matching', name: 'saved_vacancies' })
export class SavedVacancyEntity {
  @PrimaryColumn({ type: 'uuid' }) citizenId!: string;
  @PrimaryColumn({ type: 'uuid' }) vacancyId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) savedAt!: Date;
}
