import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CourseEntity } from '../entities/course.entity';

/** The training catalogue; courses found by the skills they teach (GIN on skill_ids). */
@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  active(limit: number): Promise<CourseEntity[]> {
    return this.db.getRepository(CourseEntity).find({ where: { active: true }, order: { startDate: 'ASC' }, take: limit });
  }

  insert(m: EntityManager, values: Omit<CourseEntity, 'id' | 'active' | 'createdAt'>): Promise<CourseEntity> {
    const repo = m.getRepository(CourseEntity);
    return repo.save(repo.create(values));
  }

  byIds(ids: string[]): Promise<CourseEntity[]> {
    return ids.length ? this.db.getRepository(CourseEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** Active courses not ended by `today` that teach one of these skills, soonest first. */
  teaching(skillIds: number[], today: string, limit: number): Promise<CourseEntity[]> {
    return this.db
      .getRepository(CourseEntity)
      .createQueryBuilder('c')
      .where('c.active AND c.skill_ids && :ids::int[] AND c.end_date >= :today', { ids: skillIds, today })
      .orderBy('c.start_date', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Courses covering most of the gaps (ties: free, GOL-eligible, sooner), with how many they cover. */
  covering(gaps: number[], today: string, limit: number): Promise<{ id: string; covered: number }[]> {
    return this.db.query(
      `SELECT c.id, cardinality(c.skill_ids & $1::int[]) AS covered FROM matching.courses c
        WHERE c.active AND c.skill_ids && $1::int[] AND c.end_date >= $2::date
        ORDER BY covered DESC, c.free DESC, c.gol_eligible DESC, c.start_date LIMIT $3`,
      [gaps, today, limit],
    );
  }
}
