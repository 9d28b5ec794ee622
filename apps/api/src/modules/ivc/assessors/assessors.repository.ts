import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { IvcAssessorEntity } from '../entities/assessor.entity';

/** Every query of the appointed assessors. */
@Injectable()
export class AssessorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  active(fiscalCode: string): Promise<IvcAssessorEntity | null> {
    return this.db.getRepository(IvcAssessorEntity).findOne({ where: { fiscalCode, revokedAt: IsNull() } });
  }

  byFiscalCode(fiscalCode: string): Promise<IvcAssessorEntity | null> {
    return this.db.getRepository(IvcAssessorEntity).findOne({ where: { fiscalCode } });
  }

  ofRegion(regionId: string): Promise<IvcAssessorEntity[]> {
    return this.db.getRepository(IvcAssessorEntity).find({ where: { regionId, revokedAt: IsNull() }, order: { familyName: 'ASC', givenName: 'ASC' } });
  }

  insert(a: Pick<IvcAssessorEntity, 'fiscalCode' | 'givenName' | 'familyName' | 'regionId' | 'appointedBy'>): Promise<IvcAssessorEntity> {
    const repo = this.db.getRepository(IvcAssessorEntity);
    return repo.save(repo.create(a));
  }
}
