import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import { ConsentGrantEntity } from './entities/consent-grant.entity';

export type NewGrant = Pick<ConsentGrantEntity, 'citizenId' | 'agencyId' | 'part' | 'purpose' | 'purposeText' | 'validFrom' | 'validUntil' | 'source' | 'pattoId'>;

/** Every query of the consent ledger. */
@Injectable()
export class ConsentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The unrevoked grant in force at `at` for this agency, person and part (the newest when several purposes). Hot path: prepared. */
  async activeGrant(agencyId: string, citizenId: string, part: string, at: Date): Promise<{ id: string; purpose: string } | null> {
    const rows = await queryPrepared<{ id: string; purpose: string }>(
      this.db,
      `SELECT id, purpose FROM consent.grants
        WHERE agency_id = $1 AND citizen_id = $2 AND part = $3 AND revoked_at IS NULL AND valid_from <= $4 AND valid_until > $4
        ORDER BY granted_at DESC, id LIMIT 1`,
      [agencyId, citizenId, part, at],
    );
    return rows[0] ?? null;
  }

  /** For each of `citizenIds`, the newest unrevoked grant in force at `at` for this agency and part (one query). */
  activeGrants(agencyId: string, citizenIds: string[], part: string, at: Date): Promise<{ citizenId: string; id: string; purpose: string }[]> {
    return queryPrepared(
      this.db,
      `SELECT DISTINCT ON (citizen_id) citizen_id AS "citizenId", id, purpose FROM consent.grants
        WHERE agency_id = $1 AND citizen_id = ANY($2::uuid[]) AND part = $3 AND revoked_at IS NULL AND valid_from <= $4 AND valid_until > $4
        ORDER BY citizen_id, granted_at DESC, id`,
      [agencyId, citizenIds, part, at],
    );
  }

  /** Ids of the people who have an unrevoked grant in force at `at` for this agency and part. */
  async citizensVisibleTo(agencyId: string, part: string, at: Date): Promise<string[]> {
    const rows = await queryPrepared<{ citizenId: string }>(
      this.db,
      `SELECT DISTINCT citizen_id AS "citizenId" FROM consent.grants
        WHERE agency_id = $1 AND part = $2 AND revoked_at IS NULL AND valid_from <= $3 AND valid_until > $3
        ORDER BY 1`,
      [agencyId, part, at],
    );
    return rows.map((r) => r.citizenId);
  }

  /** Whether an unrevoked grant of this person, agency, part and purpose overlaps [from, until) (in the transaction of `m`). */
  async activeGrantInTx(m: EntityManager, agencyId: string, citizenId: string, part: string, purpose: string, from: Date, until: Date): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM consent.grants WHERE agency_id = $1 AND citizen_id = $2 AND part = $3 AND purpose = $4 AND revoked_at IS NULL
          AND tstzrange(valid_from, valid_until) && tstzrange($5, $6) LIMIT 1`,
      [agencyId, citizenId, part, purpose, from, until],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The person's grants, newest first (revoked and expired included: the ledger is their history). */
  grantsOf(citizenId: string): Promise<ConsentGrantEntity[]> {
    return this.db.getRepository(ConsentGrantEntity).find({ where: { citizenId }, order: { grantedAt: 'DESC', part: 'ASC' } });
  }

  async insertGrants(m: EntityManager, grants: NewGrant[]): Promise<ConsentGrantEntity[]> {
    const repo = m.getRepository(ConsentGrantEntity);
    return repo.save(grants.map((g) => repo.create(g)));
  }

  /** One of the person's grants, locked FOR UPDATE in the transaction of `m`. */
  lockGrant(m: EntityManager, id: string, citizenId: string): Promise<ConsentGrantEntity | null> {
    return m.getRepository(ConsentGrantEntity).findOne({ where: { id, citizenId }, lock: { mode: 'pessimistic_write' } });
  }

  async revoke(m: EntityManager, id: string): Promise<Date> {
    const rows = await m.query(`UPDATE consent.grants SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING revoked_at AS "revokedAt"`, [id]);
    return ((rows as [{ revokedAt: Date }[], number])[0][0] as { revokedAt: Date }).revokedAt;
  }
}
