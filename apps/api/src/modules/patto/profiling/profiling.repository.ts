import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PattoTemplateEntity } from '../entities/patto-template.entity';
import { ProfilingModelEntity } from '../entities/profiling-model.entity';
import { ProfilingEntity } from '../entities/profiling.entity';

/** Profilings, the profiling models and the patto templates per GOL pathway. */
@Injectable()
export class ProfilingRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  latestOf(citizenId: string, m: EntityManager = this.db.manager): Promise<ProfilingEntity | null> {
    return m.getRepository(ProfilingEntity).findOne({ where: { citizenId }, order: { computedAt: 'DESC' } });
  }
  model(version: string): Promise<ProfilingModelEntity> {
    return this.db.getRepository(ProfilingModelEntity).findOneByOrFail({ version });
  }
  activeModel(): Promise<ProfilingModelEntity> {
    return this.db.getRepository(ProfilingModelEntity).findOneByOrFail({ active: true });
  }
  insert(m: EntityManager, row: Partial<ProfilingEntity>): Promise<ProfilingEntity> {
    const repo = m.getRepository(ProfilingEntity);
    return repo.save(repo.create(row));
  }
  async update(m: EntityManager, id: string, patch: Partial<ProfilingEntity>): Promise<ProfilingEntity> {
    await m.getRepository(ProfilingEntity).update(id, patch);
    return m.getRepository(ProfilingEntity).findOneByOrFail({ id });
  }
  templates(): Promise<PattoTemplateEntity[]> {
    return this.db.getRepository(PattoTemplateEntity).find({ order: { pathway: 'ASC' } });
  }
}
