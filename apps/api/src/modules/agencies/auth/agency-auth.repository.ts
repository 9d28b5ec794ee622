import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AccreditationFacts } from '../accreditation/accreditation-state';
import { AccessTokenEntity } from '../entities/access-token.entity';
import { AgencyClientEntity } from '../entities/agency-client.entity';

/** What a bearer token stands for, read in one query on every agency request. */
export interface TokenGrant {
  clientId: string;
  agencyId: string;
  scopes: string[];
  expiresAt: Date;
  clientRevoked: boolean;
  accreditation: AccreditationFacts | null;
}

const ACCREDITATION_FACTS = `a.status, to_char(a.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil"`;

/** Queries of the token endpoint and of the bearer check: clients, used assertions, tokens, accreditation state. */
@Injectable()
export class AgencyAuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  client(clientId: string): Promise<AgencyClientEntity | null> {
    return this.db.getRepository(AgencyClientEntity).findOneBy({ clientId });
  }

  async accreditationOf(agencyId: string): Promise<AccreditationFacts | null> {
    const rows = (await this.db.query(`SELECT ${ACCREDITATION_FACTS} FROM agencies.accreditations a WHERE a.agency_id = $1`, [agencyId])) as AccreditationFacts[];
    return rows[0] ?? null;
  }

  /**
   * Records an assertion's jti as used, and issues the token, in one transaction: false (and no token) when the jti
   * was already used by this client (the primary key decides, also between concurrent requests). Expired rows go too.
   */
  async useAssertionAndIssue(jti: { clientId: string; jti: string; expiresAt: Date }, token: Omit<AccessTokenEntity, 'issuedAt' | 'client'>): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const inserted = (await m.query(
        `INSERT INTO agencies.used_assertions (client_id, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT (client_id, jti) DO NOTHING RETURNING jti`,
        [jti.clientId, jti.jti, jti.expiresAt],
      )) as unknown[];
      if (inserted.length === 0) return false;
      await m.getRepository(AccessTokenEntity).insert(token);
      await m.query(`DELETE FROM agencies.used_assertions WHERE expires_at < now() - interval '1 minute'`);
      await m.query(`DELETE FROM agencies.access_tokens WHERE expires_at < now() - interval '1 hour'`);
      return true;
    });
  }

  async grantOf(tokenHash: string): Promise<TokenGrant | null> {
    const rows = (await this.db.query(
      `SELECT t.client_id AS "clientId", t.agency_id AS "agencyId", t.scopes, t.expires_at AS "expiresAt", (c.revoked_at IS NOT NULL) AS "clientRevoked",
              a.status IS NOT NULL AS "accredited", ${ACCREDITATION_FACTS}
         FROM agencies.access_tokens t
         JOIN agencies.clients c ON c.client_id = t.client_id
         LEFT JOIN agencies.accreditations a ON a.agency_id = t.agency_id
        WHERE t.token_hash = $1`,
      [tokenHash],
    )) as (Omit<TokenGrant, 'accreditation'> & AccreditationFacts & { accredited: boolean })[];
    const r = rows[0];
    if (!r) return null;
    return {
      clientId: r.clientId,
      agencyId: r.agencyId,
      scopes: r.scopes,
      expiresAt: r.expiresAt,
      clientRevoked: r.clientRevoked,
      accreditation: r.accredited ? { status: r.status, validFrom: r.validFrom, validUntil: r.validUntil } : null,
    };
  }
}
