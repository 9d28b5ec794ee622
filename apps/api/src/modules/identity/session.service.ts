import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import type { IdentityProviderKind, LoginApp, Role, SpidLevel } from '@opencpi/contracts';
import { Env } from '../../config/env';
import { SessionEntity } from './entities/session.entity';
import { queryPrepared } from '../../database/prepared-query';

export const SESSION_COOKIE = 'opencpi_sid';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewSession {
  fiscalCode: string; givenName: string; familyName: string; roles: Role[]; spidLevel: SpidLevel;
  kind: IdentityProviderKind; app: LoginApp; idpEntityId: string; nameId: string | null; sessionIndex: string | null;
  ip: string | null; userAgent: string | null;
}

export type SessionLookup =
  | { state: 'active'; session: SessionEntity }
  | { state: 'expired' }
  | { state: 'none' };

/**
 * Server-side sessions in PostgreSQL (so any API replica can serve any request). The cookie holds a
 * 256-bit random token; the table holds its SHA-256. Idle and absolute timeouts are enforced here.
 */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly env: Env) {}

  private get repo() {
    return this.db.getRepository(SessionEntity);
  }

  async create(s: NewSession): Promise<{ token: string; session: SessionEntity }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = this.repo.create({
      ...s,
      tokenHash: hash(token),
      csrfToken: randomBytes(32).toString('hex'),
      lastSeenAt: now,
      absoluteExpiresAt: new Date(now.getTime() + this.env.SESSION_ABSOLUTE_HOURS * 3_600_000),
      endedAt: null,
    });
    await this.repo.insert(session);
    return { token, session };
  }

  /** Finds the session of a cookie token and refreshes its idle timer (at most once a minute). */
  async touch(token: string | undefined): Promise<SessionLookup> {
    if (!token || token.length > 100) return { state: 'none' };
    // a prepared statement: this runs on every authenticated request
    const [session] = await queryPrepared<SessionEntity>(this.db,
      `SELECT id, token_hash AS "tokenHash", fiscal_code AS "fiscalCode", given_name AS "givenName", family_name AS "familyName", roles,
              spid_level AS "spidLevel", kind, app, idp_entity_id AS "idpEntityId", name_id AS "nameId", session_index AS "sessionIndex",
              csrf_token AS "csrfToken", ip, user_agent AS "userAgent", created_at AS "createdAt", last_seen_at AS "lastSeenAt",
              absolute_expires_at AS "absoluteExpiresAt", ended_at AS "endedAt"
         FROM identity.sessions WHERE token_hash = $1`,
      [hash(token)],
    );
    if (!session) return { state: 'none' };
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.env.SESSION_IDLE_MINUTES * 60_000;
    if (session.endedAt || now > idleLimit || now > session.absoluteExpiresAt.getTime()) return { state: 'expired' };
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await this.db.query(`UPDATE identity.sessions SET last_seen_at = $2 WHERE id = $1`, [session.id, new Date(now)]);
    }
    return { state: 'active', session };
  }

  async end(sessionId: string): Promise<void> {
    await this.repo.update({ id: sessionId, endedAt: IsNull() }, { endedAt: new Date() });
  }

  static csrfMatches(expected: string, given: unknown): boolean {
    if (typeof given !== 'string' || given.length !== expected.length) return false;
    return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
  }

  cookieOptions() {
    return {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.env.NODE_ENV === 'production' || this.env.PUBLIC_API_URL.startsWith('https://'),
      path: '/',
      maxAge: this.env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    };
  }
}
