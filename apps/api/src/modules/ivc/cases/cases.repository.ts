import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { IvcCaseState } from '@opencpi/contracts';
import { IvcCaseEntity } from '../entities/case.entity';
import { IvcEvidenceEntity } from '../entities/evidence.entity';
import { IvcJudgementEntity } from '../entities/judgement.entity';
import { IvcOutputEntity } from '../entities/output.entity';

export type NewCase = Pick<IvcCaseEntity, 'citizenId' | 'fiscalCode' | 'officeId' | 'qualificationId' | 'requestNote'>;
export type NewEvidence = Omit<IvcEvidenceEntity, 'id' | 'addedAt' | 'case'>;
export type OutputRow = Omit<IvcOutputEntity, 'pdf' | 'case'>;
export type CasePatch = Partial<Omit<IvcCaseEntity, 'id' | 'qualification' | 'assessor' | 'updatedAt'>>;
const OUTPUT_COLUMNS: (keyof IvcOutputEntity)[] = ['id', 'caseId', 'kind', 'snapshot', 'sha256', 'credentialId', 'issuedAt'];

/** Every query of the cases, their evidence, judgements and outputs. */
@Injectable()
export class CasesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  insert(m: EntityManager, c: NewCase): Promise<IvcCaseEntity> {
    const repo = m.getRepository(IvcCaseEntity);
    return repo.save(repo.create({ ...c, state: 'requested' }));
  }

  byId(id: string): Promise<IvcCaseEntity | null> {
    return this.db.getRepository(IvcCaseEntity).findOne({ where: { id } });
  }

  lock(m: EntityManager, id: string): Promise<IvcCaseEntity | null> {
    return m.getRepository(IvcCaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(m: EntityManager, id: string, patch: CasePatch): Promise<void> {
    await m.getRepository(IvcCaseEntity).update({ id }, patch);
  }

  ofCitizen(citizenId: string): Promise<IvcCaseEntity[]> {
    return this.db.getRepository(IvcCaseEntity).find({ where: { citizenId }, order: { requestedAt: 'DESC', id: 'ASC' } });
  }

  ofOffices(officeIds: string[], state?: IvcCaseState): Promise<IvcCaseEntity[]> {
    if (officeIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(IvcCaseEntity).find({ where: { officeId: In(officeIds), ...(state ? { state } : {}) }, order: { requestedAt: 'DESC', id: 'ASC' }, take: 200 });
  }

  /** Cases waiting for an assessor in the region, and those the assessor took. */
  forAssessor(regionId: string, fiscalCode: string): Promise<IvcCaseEntity[]> {
    return this.db
      .getRepository(IvcCaseEntity)
      .createQueryBuilder('c')
      .where(`(c.regionId = :regionId AND c.state = 'awaiting_validation') OR c.assessorFiscalCode = :fiscalCode OR (c.regionId = :regionId AND c.state = 'validated')`, {
        regionId,
        fiscalCode,
      })
      .orderBy('c.requestedAt', 'DESC')
      .addOrderBy('c.id')
      .take(200)
      .getMany();
  }

  evidenceOf(caseId: string): Promise<IvcEvidenceEntity[]> {
    return this.db.getRepository(IvcEvidenceEntity).find({ where: { caseId }, order: { addedAt: 'ASC', id: 'ASC' } });
  }

  async evidenceCount(m: EntityManager, caseId: string): Promise<number> {
    return m.getRepository(IvcEvidenceEntity).count({ where: { caseId } });
  }

  insertEvidence(m: EntityManager, e: NewEvidence): Promise<IvcEvidenceEntity> {
    const repo = m.getRepository(IvcEvidenceEntity);
    return repo.save(repo.create(e));
  }

  async deleteEvidence(m: EntityManager, caseId: string, evidenceId: string): Promise<boolean> {
    return ((await m.getRepository(IvcEvidenceEntity).delete({ id: evidenceId, caseId })).affected ?? 0) > 0;
  }

  judgementsOf(caseId: string, m?: EntityManager): Promise<IvcJudgementEntity[]> {
    return (m ?? this.db.manager).getRepository(IvcJudgementEntity).find({ where: { caseId }, order: { judgedAt: 'ASC' } });
  }

  async upsertJudgements(m: EntityManager, caseId: string, by: string, items: { competenceId: string; outcome: 'validated' | 'not_validated'; notes: string }[]): Promise<void> {
    for (const j of items) {
      await m.query(
        `INSERT INTO ivc.judgements (case_id, competence_id, outcome, notes, judged_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (case_id, competence_id) DO UPDATE SET outcome = EXCLUDED.outcome, notes = EXCLUDED.notes, judged_by = EXCLUDED.judged_by, judged_at = now()`,
        [caseId, j.competenceId, j.outcome, j.notes, by],
      );
    }
  }

  outputsOf(caseIds: string[]): Promise<OutputRow[]> {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(IvcOutputEntity).find({ select: OUTPUT_COLUMNS, where: { caseId: In(caseIds) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  }

  output(id: string): Promise<OutputRow | null> {
    return this.db.getRepository(IvcOutputEntity).findOne({ select: OUTPUT_COLUMNS, where: { id } });
  }

  async pdfOf(id: string): Promise<Buffer | null> {
    return (await this.db.getRepository(IvcOutputEntity).findOne({ select: ['id', 'pdf'], where: { id } }))?.pdf ?? null;
  }

  insertOutput(m: EntityManager, o: Omit<IvcOutputEntity, 'id' | 'issuedAt' | 'case' | 'credentialId'>): Promise<IvcOutputEntity> {
    const repo = m.getRepository(IvcOutputEntity);
    return repo.save(repo.create({ ...o, credentialId: null }));
  }

  async attachCredential(m: EntityManager, outputId: string, credentialId: string): Promise<void> {
    await m.getRepository(IvcOutputEntity).update({ id: outputId }, { credentialId });
  }
}
