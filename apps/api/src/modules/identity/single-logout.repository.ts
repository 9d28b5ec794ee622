import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LogoutRequestEntity } from './entities/logout-request.entity';

const rowsOf = (res: unknown): unknown[] => (Array.isArray(res) && Array.isArray(res[0]) ? (res[0] as unknown[]) : (res as unknown[]));

/** SAML single logout state: the LogoutRequests we sent, and the sessions a logout ends. */
@Injectable()
export class SingleLogoutRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async saveRequest(row: Omit<LogoutRequestEntity, 'createdAt' | 'consumedAt'>): Promise<void> {
    await this.db.getRepository(LogoutRequestEntity).insert(row);
  }

  /** Marks our LogoutRequest answered and returns it; null when unknown, already answered or expired. */
  async consumeRequest(id: string, idpEntityId: string): Promise<{ app: 'citizen' | 'operator' } | null> {
    const res: unknown = await this.db.query(
      `UPDATE identity.logout_requests SET consumed_at = now()
        WHERE id = $1 AND idp_entity_id = $2 AND consumed_at IS NULL AND expires_at > now() RETURNING app`,
      [id, idpEntityId],
    );
    const [row] = rowsOf(res) as { app: 'citizen' | 'operator' }[];
    return row ?? null;
  }

  /** What an SP-initiated logout needs of a session. */
  async sessionForLogout(sessionId: string): Promise<{ idpEntityId: string; nameId: string | null; sessionIndex: string | null } | null> {
    const [row] = (await this.db.query(`SELECT idp_entity_id AS "idpEntityId", name_id AS "nameId", session_index AS "sessionIndex" FROM identity.sessions WHERE id = $1`, [
      sessionId,
    ])) as { idpEntityId: string; nameId: string | null; sessionIndex: string | null }[];
    return row ?? null;
  }

  /**
   * IdP-initiated logout: ends the open sessions that IdP opened for this NameID (only those of the given
   * SessionIndexes, when the request names any). Returns how many ended.
   */
  async endSessionsOf(idpEntityId: string, nameId: string, sessionIndexes: readonly string[]): Promise<number> {
    const res: unknown = await this.db.query(
      `UPDATE identity.sessions SET ended_at = now()
        WHERE idp_entity_id = $1 AND name_id = $2 AND ended_at IS NULL AND (cardinality($3::text[]) = 0 OR session_index = ANY($3::text[]))
        RETURNING id`,
      [idpEntityId, nameId, sessionIndexes],
    );
    return rowsOf(res).length;
  }
}
