import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import { SessionEntity } from './entities/session.entity';

/** Every query of the sessions table. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create(fields: Partial<SessionEntity>): SessionEntity {
    return this.db.getRepository(SessionEntity).create(fields);
  }

  async insert(session: SessionEntity): Promise<void> {
    await this.db.getRepository(SessionEntity).insert(session);
  }

  /** A prepared statement: this runs on every authenticated request. */
  async byTokenHash(tokenHash: string): Promise<SessionEntity | undefined> {
    const [session] = await queryPrepared<SessionEntity>(
      this.db,
      `SELECT id, token_hash AS "tokenHash", fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName", roles,
              spid_level AS "spidLevel", kind, app, idp_entity_id AS "idpEntityId", name_id AS "nameId", session_index AS "sessionIndex",
              csrf_token AS "csrfToken", ip, user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt",
              absolute_expires_at AS "absoluteExpiresAt", ended_at AS "endedAt"
         FROM identity.sessions WHERE token_hash = $1`,
      [tokenHash],
    );
    return session;
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.query(`UPDATE identity.sessions SET last_seen_at = $2 WHERE id = $1`, [id, at]);
  }

  async end(id: string, at: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ id, endedAt: IsNull() }, { endedAt: at });
  }
}
