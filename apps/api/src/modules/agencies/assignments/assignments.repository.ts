import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssignmentEntity, type AssignmentStatus } from '../entities/assignment.entity';
import { OutcomeEntity } from '../entities/outcome.entity';

export type NewAssignment = Pick<
  AssignmentEntity,
  'agencyId' | 'citizenId' | 'citizenFiscalCode' | 'officeId' | 'source' | 'pattoId' | 'pattoVersion' | 'pathway' | 'assignedOn' | 'assignedBy'
>;
export type AssignmentPatch = Partial<Pick<AssignmentEntity, 'status' | 'takenInChargeOn' | 'endedOn' | 'endReason' | 'endNote'>>;

/** Every query on assignments and their outcomes (schema agencies). */
@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Inserts an assignment; null when the database refuses it as a duplicate (an open one for the agency and person, or the same patto version). */
  async insert(m: EntityManager, a: NewAssignment): Promise<AssignmentEntity | null> {
    const rows = (await m.query(
      `INSERT INTO agencies.assignments (agency_id, citizen_id, citizen_fiscal_code, office_id, source, patto_id, patto_version, pathway, status, assigned_on, assigned_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'assigned', $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [a.agencyId, a.citizenId, a.citizenFiscalCode, a.officeId, a.source, a.pattoId, a.pattoVersion, a.pathway, a.assignedOn, a.assignedBy],
    )) as { id: string }[];
    return rows[0] ? m.getRepository(AssignmentEntity).findOneByOrFail({ id: rows[0].id }) : null;
  }

  /** The agency's assignment (another agency's is not found), locked for update when `m` is a transaction. */
  async ofAgency(agencyId: string, id: string, m?: EntityManager, lock = false): Promise<AssignmentEntity | null> {
    const repo = (m ?? this.db.manager).getRepository(AssignmentEntity);
    return repo.findOne({ where: { id, agencyId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A page of the agency's assignments in creation order, after the cursor's (createdAt, id). */
  page(agencyId: string, status: AssignmentStatus | undefined, after: { createdAt: string; id: string } | null, limit: number): Promise<AssignmentEntity[]> {
    const q = this.db.getRepository(AssignmentEntity).createQueryBuilder('a').where('a.agency_id = :agencyId', { agencyId });
    if (status) q.andWhere('a.status = :status', { status });
    if (after) q.andWhere('(a.created_at, a.id) > (:createdAt::timestamptz, :id::uuid)', after);
    return q.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
  }

  ofCitizen(citizenId: string): Promise<AssignmentEntity[]> {
    return this.db.getRepository(AssignmentEntity).find({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }

  /** Open assignments of a person (for the events that concern them: appointments). */
  openOfFiscalCode(m: EntityManager, fiscalCode: string): Promise<AssignmentEntity[]> {
    return m.getRepository(AssignmentEntity).createQueryBuilder('a').where('a.citizen_fiscal_code = :fiscalCode', { fiscalCode }).andWhere(`a.status <> 'ended'`).getMany();
  }

  /** Applies the change and bumps the version (the ETag); returns the row as it is now. */
  async update(m: EntityManager, id: string, patch: AssignmentPatch): Promise<AssignmentEntity> {
    await m
      .getRepository(AssignmentEntity)
      .createQueryBuilder()
      .update()
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return m.getRepository(AssignmentEntity).findOneByOrFail({ id });
  }

  async insertOutcome(m: EntityManager, o: Omit<OutcomeEntity, 'recordedAt' | 'assignment'>): Promise<OutcomeEntity> {
    await m.getRepository(OutcomeEntity).insert(o);
    return m.getRepository(OutcomeEntity).findOneByOrFail({ assignmentId: o.assignmentId });
  }

  async outcomesOf(ids: string[]): Promise<Map<string, OutcomeEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.getRepository(OutcomeEntity).createQueryBuilder('o').where('o.assignment_id IN (:...ids)', { ids }).getMany();
    return new Map(rows.map((r) => [r.assignmentId, r]));
  }

  /** Of these agencies, those whose accreditation is active today (Rome day `today`). */
  async accreditedAmong(agencyIds: string[], today: string): Promise<Set<string>> {
    if (agencyIds.length === 0) return new Set();
    const rows = (await this.db.query(
      `SELECT agency_id AS "agencyId" FROM agencies.accreditations
        WHERE agency_id = ANY($1::uuid[]) AND status = 'active' AND valid_from <= $2::date AND (valid_until IS NULL OR valid_until >= $2::date)`,
      [agencyIds, today],
    )) as { agencyId: string }[];
    return new Set(rows.map((r) => r.agencyId));
  }
}
