import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CredentialStatusListEntity } from '../entities/credential-status.entity';
import { CredentialVerificationEntity } from '../entities/credential-verification.entity';
import { CredentialEntity } from '../entities/credential.entity';
import { STATUS_LIST_MIN_SIZE } from './status-list';

export type NewCredential = Omit<CredentialEntity, 'issuedAt' | 'revokedAt' | 'revokedBy' | 'revokeReason' | 'statusEntry'>;
export type NewCredentialVerification = Pick<CredentialVerificationEntity, 'credentialId' | 'result' | 'failedCheck' | 'verifierHash'>;
/** a list is left for a new one when this share of it is taken (random picks stay quick) */
const LIST_FILL_LIMIT = 0.5;

/** Every query of credentials, status lists and credential verifications. */
@Injectable()
export class CredentialsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>, m?: EntityManager): Promise<T> {
    return m ? work(m) : this.db.transaction(work);
  }

  /**
   * A free index of the current revocation list, chosen at random (the entries' primary key refuses a collision:
   * ON CONFLICT DO NOTHING, then another pick). A list more than half full gets a successor.
   */
  async allocateStatusIndex(m: EntityManager): Promise<{ listId: number; index: number }> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('certificazioni.credential_status_lists'))`);
    let list = (await m.query(
      `SELECT l.id, l.size, (SELECT count(*)::int FROM certificazioni.credential_status_entries e WHERE e.status_list_id = l.id) AS used
         FROM certificazioni.credential_status_lists l WHERE l.purpose = 'revocation' ORDER BY l.id DESC LIMIT 1`,
    )) as { id: number; size: number; used: number }[];
    if (!list[0] || list[0].used >= list[0].size * LIST_FILL_LIMIT) {
      list = (await m.query(`INSERT INTO certificazioni.credential_status_lists (purpose, size) VALUES ('revocation', $1) RETURNING id, size, 0 AS used`, [
        STATUS_LIST_MIN_SIZE,
      ])) as { id: number; size: number; used: number }[];
    }
    const { id, size } = list[0]!;
    for (;;) {
      const index = randomInt(size);
      const got = (await m.query(
        `INSERT INTO certificazioni.credential_status_entries (status_list_id, status_index) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING status_index`,
        [id, index],
      )) as unknown[];
      if (got.length === 1) return { listId: id, index };
    }
  }

  insert(m: EntityManager, c: NewCredential): Promise<CredentialEntity> {
    const repo = m.getRepository(CredentialEntity);
    return repo.save(repo.create(c));
  }

  unrevokedForSource(m: EntityManager | null, citizenId: string, sourceKind: string, sourceId: string): Promise<CredentialEntity | null> {
    return (m ?? this.db.manager).getRepository(CredentialEntity).findOne({ where: { citizenId, sourceKind, sourceId, revokedAt: IsNull() } });
  }

  byId(id: string, m?: EntityManager): Promise<CredentialEntity | null> {
    return (m ?? this.db.manager).getRepository(CredentialEntity).findOne({ where: { id } });
  }

  lock(m: EntityManager, id: string): Promise<CredentialEntity | null> {
    return m.getRepository(CredentialEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  ofCitizen(citizenId: string): Promise<CredentialEntity[]> {
    return this.db.getRepository(CredentialEntity).find({ where: { citizenId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  ofSource(sourceKind: string, sourceId: string): Promise<CredentialEntity[]> {
    return this.db.getRepository(CredentialEntity).find({ where: { sourceKind, sourceId }, order: { issuedAt: 'DESC', id: 'ASC' } });
  }

  async revoke(m: EntityManager, id: string, by: string, reason: string): Promise<void> {
    await m.getRepository(CredentialEntity).update({ id }, { revokedAt: () => 'now()', revokedBy: by, revokeReason: reason } as never);
  }

  statusList(id: number): Promise<CredentialStatusListEntity | null> {
    return this.db.getRepository(CredentialStatusListEntity).findOne({ where: { id } });
  }

  async revokedIndexes(listId: number): Promise<number[]> {
    const rows = (await this.db.query(`SELECT status_index FROM certificazioni.credentials WHERE status_list_id = $1 AND revoked_at IS NOT NULL`, [listId])) as {
      status_index: number;
    }[];
    return rows.map((r) => r.status_index);
  }

  /** Is the index of that list revoked? (null: no credential has it) */
  async isRevoked(listId: number, index: number): Promise<boolean | null> {
    const rows = (await this.db.query(`SELECT revoked_at IS NOT NULL AS revoked FROM certificazioni.credentials WHERE status_list_id = $1 AND status_index = $2`, [
      listId,
      index,
    ])) as { revoked: boolean }[];
    return rows[0] ? rows[0].revoked : null;
  }

  async recordVerification(v: NewCredentialVerification): Promise<void> {
    await this.db.getRepository(CredentialVerificationEntity).insert(v);
  }
}
