import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ProfileEntity } from '../entities/profile.entity';

/** Professional profiles (the engine's own reads are in MatchingRepository). */
@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(ProfileEntity);
  }

  byCitizen(citizenId: string, m?: EntityManager): Promise<ProfileEntity | null> {
    return this.repo(m).findOneBy({ citizenId });
  }

  byCitizens(citizenIds: string[], m?: EntityManager): Promise<ProfileEntity[]> {
    return citizenIds.length ? this.repo(m).findBy({ citizenId: In(citizenIds) }) : Promise.resolve([]);
  }

  /** Who allows preselection and how (`visibility`), without the rest of the profile. */
  visibilities(citizenIds: string[]): Promise<Pick<ProfileEntity, 'citizenId' | 'visibility'>[]> {
    return citizenIds.length ? this.repo().find({ where: { citizenId: In(citizenIds) }, select: { citizenId: true, visibility: true } }) : Promise.resolve([]);
  }

  async upsert(m: EntityManager, values: Omit<ProfileEntity, 'updatedAt'>): Promise<void> {
    await this.repo(m).upsert(values, ['citizenId']);
  }
}
