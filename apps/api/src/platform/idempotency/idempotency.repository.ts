import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** Keys older than this are forgotten (a retry after a day is a new request); an unfinished one is taken over after STALE. */
const KEEP = '24 hours';
const STALE = '5 minutes';

@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Reserves (scope, key) for this request: true when this request may run. A reservation left unfinished for longer
   * than STALE (a crashed process) is taken over; the first request's hash then wins again.
   */
  async reserve(scope: string, key: string, requestHash: string): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO platform.idempotency_keys AS k (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = NULL, body = NULL, headers = NULL, completed_at = NULL, created_at = now()
        WHERE (k.status IS NULL AND k.created_at < now() - interval '${STALE}' AND k.request_hash = EXCLUDED.request_hash) OR k.created_at < now() - interval '${KEEP}'
       RETURNING key`,
      [scope, key, requestHash],
    )) as unknown[];
    return rows.length === 1;
  }

  find(scope: string, key: string): Promise<IdempotencyKeyEntity | null> {
    return this.db.getRepository(IdempotencyKeyEntity).findOneBy({ scope, key });
  }

  async complete(scope: string, key: string, status: number, body: unknown, headers: Record<string, string>): Promise<void> {
    await this.db.query(`UPDATE platform.idempotency_keys SET status = $3, body = $4, headers = $5, completed_at = now() WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      status,
      body === undefined ? null : JSON.stringify(body),
      JSON.stringify(headers),
    ]);
  }

  /** The request failed (nothing was changed: its transaction rolled back): the key may be used again. */
  async release(scope: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM platform.idempotency_keys WHERE scope = $1 AND key = $2 AND status IS NULL`, [scope, key]);
  }
}
