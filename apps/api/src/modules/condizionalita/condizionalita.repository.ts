import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseSort } from '@opencpi/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { LadderStep } from './domain/ladder';
import { CaseEventEntity } from './entities/case-event.entity';
import { ConditionalityCaseEntity } from './entities/case.entity';
import { DecisionEntity } from './entities/decision.entity';
import { IntakeDecisionEntity } from './entities/intake-decision.entity';
import { JustificationEntity } from './entities/justification.entity';
import { ConditionalityParameterEntity } from './entities/legal-parameter.entity';
import { MeasureEntity } from './entities/measure.entity';
import { SanctionRuleEntity } from './entities/sanction-rule.entity';

export interface WorklistFilter {
  officeIds: string[];
  state?: string;
  benefit?: string;
  sort: CaseSort;
  limit: number;
  offset: number;
}

const SORTS: Record<CaseSort, string> = {
  deadline: 'deadline ASC, opened_at ASC',
  '-deadline': 'deadline DESC, opened_at DESC',
  opened: 'opened_at ASC',
  '-opened': 'opened_at DESC',
};

/** Every query of the conditionality module (schema `condizionalita`). */
@Injectable()
export class CondizionalitaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The manager outside any transaction (reads). */
  manager(): EntityManager {
    return this.db.manager;
  }

  // ---- rules and parameters (data)

  async rules(m: EntityManager = this.db.manager): Promise<LadderStep[]> {
    const rows = await m.getRepository(SanctionRuleEntity).find({ order: { benefit: 'ASC', ruleCode: 'ASC', validFrom: 'ASC', step: 'ASC' } });
    return rows.map((r) => ({ ...r }));
  }

  parameters(): Promise<ConditionalityParameterEntity[]> {
    return this.db.getRepository(ConditionalityParameterEntity).find({ order: { key: 'ASC', validFrom: 'ASC' } });
  }

  /** The value of a parameter in force on `on` (the row with the latest valid_from not after it). */
  async parameterOn(m: EntityManager, key: string, on: string): Promise<ConditionalityParameterEntity | null> {
    const rows = (await m.query(
      `SELECT key, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", value, unit, source, verified, note
         FROM condizionalita.legal_parameters WHERE key = $1 AND valid_from <= $2::date ORDER BY valid_from DESC LIMIT 1`,
      [key, on],
    )) as ConditionalityParameterEntity[];
    return rows[0] ?? null;
  }

  // ---- intake (the consumer)

  async intakeRecorded(m: EntityManager, sourceEventId: string): Promise<boolean> {
    return (await m.getRepository(IntakeDecisionEntity).countBy({ sourceEventId })) > 0;
  }

  async recordIntake(m: EntityManager, row: Omit<IntakeDecisionEntity, 'id' | 'decidedAt' | 'case'>): Promise<void> {
    const repo = m.getRepository(IntakeDecisionEntity);
    await repo.save(repo.create(row));
  }

  intakeOf(sourceEventId: string): Promise<IntakeDecisionEntity | null> {
    return this.db.getRepository(IntakeDecisionEntity).findOneBy({ sourceEventId });
  }

  async insertCase(m: EntityManager, row: Omit<ConditionalityCaseEntity, 'id' | 'openedAt'>): Promise<ConditionalityCaseEntity> {
    const repo = m.getRepository(ConditionalityCaseEntity);
    return repo.save(repo.create(row));
  }

  async addEvent(m: EntityManager, caseId: string, kind: string, params: Record<string, string>, actorName: string | null = null): Promise<void> {
    await m.getRepository(CaseEventEntity).insert({ caseId, kind, params, actorName });
  }

  // ---- cases

  caseById(id: string, m: EntityManager = this.db.manager): Promise<ConditionalityCaseEntity | null> {
    return m.getRepository(ConditionalityCaseEntity).findOneBy({ id });
  }

  /** The case, locked for a state change (FOR UPDATE): concurrent decisions on one case queue up. */
  async lockCase(m: EntityManager, id: string): Promise<ConditionalityCaseEntity | null> {
    return m.getRepository(ConditionalityCaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setState(m: EntityManager, id: string, state: string): Promise<void> {
    await m.getRepository(ConditionalityCaseEntity).update({ id }, { state });
  }

  casesOfCitizen(fiscalCode: string): Promise<ConditionalityCaseEntity[]> {
    return this.db.getRepository(ConditionalityCaseEntity).find({ where: { citizenFiscalCode: fiscalCode }, order: { openedAt: 'DESC' } });
  }

  async worklist(f: WorklistFilter): Promise<{ rows: ConditionalityCaseEntity[]; total: number }> {
    const params: unknown[] = [f.officeIds];
    let where = 'office_id = ANY($1::uuid[])';
    if (f.state) {
      params.push(f.state);
      where += ` AND state = $${params.length}`;
    }
    if (f.benefit) {
      params.push(f.benefit);
      where += ` AND benefit = $${params.length}`;
    }
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM condizionalita.cases WHERE ${where}`, params)) as [{ total: number }];
    const ids = (await this.db.query(`SELECT id FROM condizionalita.cases WHERE ${where} ORDER BY ${SORTS[f.sort]}, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      f.limit,
      f.offset,
    ])) as { id: string }[];
    const found = await this.db.getRepository(ConditionalityCaseEntity).findBy({ id: In(ids.map((r) => r.id)) });
    const byId = new Map(found.map((c) => [c.id, c]));
    return { rows: ids.map((r) => byId.get(r.id)!).filter(Boolean), total };
  }

  events(caseId: string): Promise<CaseEventEntity[]> {
    return this.db.getRepository(CaseEventEntity).find({ where: { caseId }, order: { at: 'ASC', id: 'ASC' } });
  }

  justification(caseId: string, m: EntityManager = this.db.manager): Promise<JustificationEntity | null> {
    return m.getRepository(JustificationEntity).findOneBy({ caseId });
  }

  async insertJustification(m: EntityManager, row: Omit<JustificationEntity, 'id' | 'submittedAt' | 'case'>): Promise<JustificationEntity> {
    const repo = m.getRepository(JustificationEntity);
    return repo.save(repo.create(row));
  }

  // ---- decisions

  /** The decision in force (pending, confirmed or not requiring confirmation); returned ones are history. */
  activeDecision(caseId: string, m: EntityManager = this.db.manager): Promise<DecisionEntity | null> {
    return m.getRepository(DecisionEntity).findOne({ where: { caseId, status: In(['pending', 'confirmed', 'not_required']) } });
  }

  async insertDecision(
    m: EntityManager,
    row: Omit<DecisionEntity, 'id' | 'decidedAt' | 'confirmedByStaffId' | 'confirmedByName' | 'confirmedAt' | 'confirmationNote' | 'case'>,
  ): Promise<DecisionEntity> {
    const repo = m.getRepository(DecisionEntity);
    return repo.save(repo.create({ ...row, confirmedByStaffId: null, confirmedByName: null, confirmedAt: null, confirmationNote: null }));
  }

  async closeDecision(m: EntityManager, id: string, status: 'confirmed' | 'returned', staffId: string, name: string, note: string | null): Promise<void> {
    await m.getRepository(DecisionEntity).update({ id }, { status, confirmedByStaffId: staffId, confirmedByName: name, confirmedAt: new Date(), confirmationNote: note });
  }

  // ---- measures

  /** Serialises the ladder of one person: two confirmations at once must not both count the same earlier breaches. */
  async lockPerson(m: EntityManager, fiscalCode: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('condizionalita:' || $1))`, [fiscalCode]);
  }

  /** The person's earlier confirmed breaches under one rule version and benefit, not annulled by a reversal. */
  async confirmedBreaches(m: EntityManager, fiscalCode: string, ruleCode: string, ruleVersion: string, benefitId: string): Promise<number> {
    const [{ n }] = (await m.query(
      `SELECT count(*)::int AS n FROM condizionalita.measures x
        WHERE x.citizen_fiscal_code = $1 AND x.rule_code = $2 AND x.rule_version = $3 AND x.benefit_id = $4 AND x.reversal_of IS NULL
          AND NOT EXISTS (SELECT 1 FROM condizionalita.measures r WHERE r.reversal_of = x.id)`,
      [fiscalCode, ruleCode, ruleVersion, benefitId],
    )) as [{ n: number }];
    return n;
  }

  async insertMeasure(m: EntityManager, row: Omit<MeasureEntity, 'id' | 'createdAt' | 'case' | 'decision' | 'rule' | 'reversed'>): Promise<MeasureEntity> {
    const repo = m.getRepository(MeasureEntity);
    return repo.save(repo.create(row));
  }

  measureById(id: string, m: EntityManager = this.db.manager): Promise<MeasureEntity | null> {
    return m.getRepository(MeasureEntity).findOneBy({ id });
  }

  measuresOfCase(caseId: string): Promise<MeasureEntity[]> {
    return this.db.getRepository(MeasureEntity).find({ where: { caseId }, order: { createdAt: 'ASC' } });
  }

  /** The effective sanction of each case with a measure: its sanction, or `annulled` once a reversal references it. */
  async effectiveSanctions(caseIds: string[]): Promise<Map<string, string>> {
    if (caseIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT x.case_id AS "caseId",
              CASE WHEN EXISTS (SELECT 1 FROM condizionalita.measures r WHERE r.reversal_of = x.id) THEN 'annulled' ELSE x.sanction END AS sanction
         FROM condizionalita.measures x WHERE x.case_id = ANY($1::uuid[]) AND x.reversal_of IS NULL`,
      [caseIds],
    )) as { caseId: string; sanction: string }[];
    return new Map(rows.map((r) => [r.caseId, r.sanction]));
  }
}
