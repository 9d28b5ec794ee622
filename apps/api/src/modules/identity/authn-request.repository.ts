import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthnRequestEntity } from './entities/authn-request.entity';

@Injectable()
export class AuthnRequestRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async save(row: Omit<AuthnRequestEntity, 'createdAt' | 'consumedAt'>): Promise<void> {
    await this.db.getRepository(AuthnRequestEntity).insert(row);
  }

  findById(id: string): Promise<AuthnRequestEntity | null> {
    return this.db.getRepository(AuthnRequestEntity).findOneBy({ id });
  }

  /** Marks the request answered; true only for the first caller. */
  async consume(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `UPDATE identity.authn_requests SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL AND expires_at > now() RETURNING id`,
      [id],
    );
    // node-postgres via TypeORM returns [rows, count] for UPDATE ... RETURNING
    const list = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return list.length === 1;
  }

  /** Housekeeping: forget requests well past their expiry. */
  async purgeExpired(): Promise<number> {
    const res = await this.db.query(`DELETE FROM identity.authn_requests WHERE expires_at < now() - interval '1 day'`);
    return Array.isArray(res) ? Number(res[1] ?? 0) : 0;
  }
}
