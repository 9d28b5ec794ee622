import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IdentityProviderKind, LoginApp, Role, SpidLevel } from '@opencpi/contracts';
import { Env } from '../../config/env';
import type { SessionEntity } from './entities/session.entity';
import { SessionRepository } from './session.repository';

export const SESSION_COOKIE = 'opencpi_sid';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewSession {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  roles: Role[];
  spidLevel: SpidLevel;
  kind: IdentityProviderKind;
  app: LoginApp;
  idpEntityId: string;
  nameId: string | null;
  sessionIndex: string | null;
  ip: string | null;
  userAgent: string | null;
}

export type SessionLookup = { state: 'active'; session: SessionEntity } | { state: 'expired' } | { state: 'none' };

/**
 * Server-side sessions in PostgreSQL (so any API replica can serve any request). The cookie holds a
 * 256-bit random token; the table holds its SHA-256. Idle and absolute timeouts are enforced here.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly repo: SessionRepository,
    private readonly env: Env,
  ) {}

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
    const session = await this.repo.byTokenHash(hash(token));
    if (!session) return { state: 'none' };
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + this.env.SESSION_IDLE_MINUTES * 60_000;
    if (session.endedAt || now > idleLimit || now > session.absoluteExpiresAt.getTime()) return { state: 'expired' };
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await this.repo.touch(session.id, new Date(now));
    }
    return { state: 'active', session };
  }

  async end(sessionId: string): Promise<void> {
    await this.repo.end(sessionId, new Date());
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
