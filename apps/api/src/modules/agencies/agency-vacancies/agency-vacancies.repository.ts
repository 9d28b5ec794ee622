import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AgencyVacancyEntity } from '../entities/agency-vacancy.entity';

/** Which agency published which vacancy (schema agencies). */
@Injectable()
export class AgencyVacanciesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(m: EntityManager, row: Pick<AgencyVacancyEntity, 'vacancyId' | 'agencyId' | 'createdBy'>): Promise<void> {
    await m.getRepository(AgencyVacancyEntity).insert(row);
  }

  async ofAgency(agencyId: string): Promise<string[]> {
    const rows = await this.db.getRepository(AgencyVacancyEntity).find({ where: { agencyId }, order: { createdAt: 'DESC' } });
    return rows.map((r) => r.vacancyId);
  }

  async owns(agencyId: string, vacancyId: string): Promise<boolean> {
    return (await this.db.getRepository(AgencyVacancyEntity).countBy({ agencyId, vacancyId })) > 0;
  }
}
