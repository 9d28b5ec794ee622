import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { PattoSignatureEntity } from '../entities/patto-signature.entity';
import { PattoVersionEntity } from '../entities/patto-version.entity';
import { PattoEntity } from '../entities/patto.entity';

/** A patto whose due date for signature passed with a version still waiting for a signature. */
export interface OverduePattoRow {
  pattoId: string;
  citizenFiscalCode: string;
  officeId: string;
  dueDate: string;
}

/** Patti, their versions and the signatures' evidence (read side). */
@Injectable()
export class PattiRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  // ---- patti
  find(id: string): Promise<PattoEntity | null> {
    return this.db.getRepository(PattoEntity).findOneBy({ id });
  }
  get(id: string): Promise<PattoEntity> {
    return this.db.getRepository(PattoEntity).findOneByOrFail({ id });
  }
  findOfCitizen(id: string, citizenId: string): Promise<PattoEntity | null> {
    return this.db.getRepository(PattoEntity).findOneBy({ id, citizenId });
  }
  latestOf(citizenId: string): Promise<PattoEntity | null> {
    return this.db.getRepository(PattoEntity).findOne({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }
  ofCitizen(citizenId: string): Promise<PattoEntity[]> {
    return this.db.getRepository(PattoEntity).find({ where: { citizenId }, order: { createdAt: 'DESC' } });
  }
  ofAgencies(agencyIds: string[]): Promise<PattoEntity[]> {
    if (agencyIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(PattoEntity).find({ where: { agencyId: In(agencyIds) }, order: { createdAt: 'DESC' } });
  }
  lock(m: EntityManager, id: string): Promise<PattoEntity> {
    return m.getRepository(PattoEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }
  insert(m: EntityManager, row: Partial<PattoEntity>): Promise<PattoEntity> {
    const repo = m.getRepository(PattoEntity);
    return repo.save(repo.create(row));
  }
  async update(m: EntityManager, id: string, patch: Partial<PattoEntity>): Promise<void> {
    await m.getRepository(PattoEntity).update(id, patch);
  }

  // ---- versions
  version(pattoId: string, version: number, m: EntityManager = this.db.manager): Promise<PattoVersionEntity | null> {
    return m.getRepository(PattoVersionEntity).findOneBy({ pattoId, version });
  }
  versionsOf(pattoIds: string[]): Promise<PattoVersionEntity[]> {
    if (pattoIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(PattoVersionEntity).find({ where: { pattoId: In(pattoIds) }, order: { version: 'ASC' } });
  }
  async insertVersion(m: EntityManager, row: Partial<PattoVersionEntity>): Promise<void> {
    await m.getRepository(PattoVersionEntity).insert(row);
  }
  async updateVersion(m: EntityManager, id: string, patch: Partial<PattoVersionEntity>): Promise<void> {
    await m.getRepository(PattoVersionEntity).update(id, patch);
  }
  /** Closing a patto closes its versions in force or waiting for signature. */
  async closeVersions(m: EntityManager, pattoId: string): Promise<void> {
    await m.getRepository(PattoVersionEntity).update({ pattoId, status: In(['proposed', 'signed']) }, { status: 'closed' });
  }
  /** The version that every party signed comes into force; the one in force before it is amended. */
  async bringIntoForce(m: EntityManager, pattoId: string, versionId: string, at: Date): Promise<void> {
    await m.getRepository(PattoVersionEntity).update({ pattoId, status: 'signed' }, { status: 'amended' });
    await m.getRepository(PattoVersionEntity).update(versionId, { status: 'signed', signedAt: at });
    await m.getRepository(PattoEntity).update(pattoId, { status: 'signed' });
  }

  // ---- signatures (read side)
  signaturesOf(versionIds: string[]): Promise<PattoSignatureEntity[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(PattoSignatureEntity).find({ where: { versionId: In(versionIds) }, order: { signedAt: 'ASC' } });
  }

  // ---- the signature-overdue producer
  /**
   * Marks, and returns, the patti whose due date for signature is before `today` and that still have a version
   * waiting for a signature, not yet reported. The row lock and the `IS NULL` re-check make a concurrent run skip them.
   */
  markSignatureOverdue(m: EntityManager, today: string): Promise<OverduePattoRow[]> {
    return m
      .query(
        `UPDATE patto.patti p SET signature_overdue_published_at = now()
        WHERE p.signature_due_date < $1::date AND p.signature_overdue_published_at IS NULL AND p.status <> 'closed'
          AND EXISTS (SELECT 1 FROM patto.patto_versions v WHERE v.patto_id = p.id AND v.status = 'proposed')
        RETURNING p.id AS "pattoId", p.citizen_fiscal_code AS "citizenFiscalCode", p.office_id AS "officeId",
                  to_char(p.signature_due_date, 'YYYY-MM-DD') AS "dueDate"`,
        [today],
      )
      .then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as OverduePattoRow[]);
  }
}
